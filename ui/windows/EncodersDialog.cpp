// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/EncodersDialog.h"

#include "encoders/EncoderLibrary.h"
#include "models/EncoderListModel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace asd::ui {

EncodersDialog::EncodersDialog(QWidget *parent)
    : QDialog(parent), m_model(new EncoderListModel(this)), m_table(new QTableView), m_status(new QLabel),
      m_import(new QPushButton(tr("&Import…")))
{
    setWindowTitle(tr("Pretrained Encoders"));
    auto *intro = new QLabel(
        tr("BEATs checkpoints (microsoft/unilm, MIT licence; e.g. BEATs_iter3_plus_AS2M.pt) as torch.save files or "
           ".safetensors. Importing reads the file without running anything in it, checks every weight against its "
           "config and records it here; the file stays where it is. Compare the SHA-256 with the publisher's. "
           "Then choose “Pretrained encoder (BEATs)” in the Jobs view."));
    intro->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a long path keeps its file name
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &EncodersDialog::chooseFile);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1200, 360);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
        const ImportResult r = m_watcher.result();
        m_import->setEnabled(true);
        if (!r.error.isEmpty()) {
            m_status->setText(r.error);
            Q_EMIT importFailed(r.error);
            if (!qEnvironmentVariableIsSet("ASD_NO_DIALOGS"))
                QMessageBox::warning(this, tr("Import encoder"), r.error);
            return;
        }
        m_status->setText(tr("Imported %1: %2 layers, %3 dimensions, SHA-256 %4")
                              .arg(QString::fromStdString(r.facts.name))
                              .arg(r.facts.layers)
                              .arg(r.facts.dim)
                              .arg(QString::fromStdString(r.facts.sha256)));
        reload();
        Q_EMIT encodersChanged();
    });
    reload();
}

void EncodersDialog::reload()
{
    try {
        m_model->setEncoders(EncoderLibrary().list());
    } catch (const std::runtime_error &e) {
        m_status->setText(QString::fromUtf8(e.what()));
    }
    m_table->resizeColumnsToContents();
}

void EncodersDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import encoder checkpoint"), {},
                                                      tr("Encoder checkpoints (*.pt *.safetensors);;All files (*)"));
    if (!file.isEmpty())
        importFile(file);
}

void EncodersDialog::importFile(const QString &file)
{
    m_import->setEnabled(false);
    m_status->setText(tr("Reading and checking %1…").arg(file));
    m_watcher.setFuture(QtConcurrent::run([path = file.toStdString()] {
        ImportResult r;
        try {
            r.facts = EncoderLibrary().import(path);
        } catch (const std::exception &e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
}

} // namespace asd::ui
