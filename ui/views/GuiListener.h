// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QPointer>

#include "events/JobEvent.h"

namespace asd::ui {

// Jobs report on their worker thread; this listener hands each event to `handler` on the
// target's (GUI) thread, and drops it if the target is gone.
template <typename Target>
JobListener guiListener(Target *target, void (Target::*handler)(const JobEvent &))
{
    QPointer<Target> self(target);
    return [self, handler](const JobEvent &e) {
        QMetaObject::invokeMethod(
            self, [self, handler, e] { if (self) (self.data()->*handler)(e); }, Qt::QueuedConnection);
    };
}

} // namespace asd::ui
