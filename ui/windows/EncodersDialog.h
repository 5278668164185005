// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "encoders/EncoderFacts.h"

class QLabel;
class QPushButton;
class QTableView;

namespace asd::ui {

class EncoderListModel;

// File ▸ Pretrained Encoders…: the imported encoders with their SHA-256, layers, dimension and
// parameters, and Import… for a downloaded checkpoint (checked off the GUI thread).
class EncodersDialog : public QDialog {
    Q_OBJECT
public:
    explicit EncodersDialog(QWidget *parent = nullptr);

    EncoderListModel *model() const { return m_model; }
    // Imports FILE (off the GUI thread); encodersChanged() or importFailed() follows.
    void importFile(const QString &file);

Q_SIGNALS:
    void encodersChanged();
    void importFailed(const QString &message);

private:
    struct ImportResult {
        EncoderFacts facts;
        QString error;
    };
    void reload();
    void chooseFile();

    EncoderListModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_import;
    QFutureWatcher<ImportResult> m_watcher;
};

} // namespace asd::ui
