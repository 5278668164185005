// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <map>
#include <set>
#include <string>

#include "detectors/DetectorFamily.h"

class QFormLayout;

namespace asd::ui {

// A family's options as a form, made from its description (DetectorFamily.h): a spin box for
// a whole number, a combo box for a choice, a line for a number or text, each with its default
// and its help as the tooltip. The values a user sets are remembered per family.
class DetectorOptionsForm : public QWidget {
    Q_OBJECT
public:
    // `shownElsewhere`: options the view asks for with widgets of its own (the encoder, the device).
    explicit DetectorOptionsForm(std::set<std::string> shownElsewhere, QWidget *parent = nullptr);

    void setFamily(const DetectorFamily &family);
    const std::string &family() const { return m_family.name; }
    // Every option on the form whose value differs from its default.
    std::map<std::string, std::string> options() const;
    // Sets an option's editor (false when the family shows no such option).
    bool setValue(const std::string &name, const QString &value);
    QWidget *editor(const std::string &name) const;
    // Stores the values in QSettings for the next time this family is chosen.
    void remember() const;

private:
    QString valueOf(const DetectorOption &option) const;

    std::set<std::string> m_shownElsewhere;
    DetectorFamily m_family;
    QFormLayout *m_layout;
    std::map<std::string, QWidget *> m_editors;
};

} // namespace asd::ui
