// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/DetectorOptionsForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

#include <climits>
#include <map>
#include <cmath>

namespace asd::ui {

namespace {

QString settingsKey(const std::string &family, const std::string &option)
{
    return QStringLiteral("jobs/options/%1/%2").arg(QString::fromStdString(family), QString::fromStdString(option));
}

// "lora-rank" -> "LoRA rank", "snr-min" -> "SNR min": a label from the option's name, which
// the CLI spells the same, with the field's abbreviations written as the field writes them.
QString label(const std::string &name)
{
    static const std::map<QString, QString> words{{QStringLiteral("lr"), QStringLiteral("learning rate")},
                                                  {QStringLiteral("snr"), QStringLiteral("SNR")},
                                                  {QStringLiteral("ema"), QStringLiteral("EMA")},
                                                  {QStringLiteral("lora"), QStringLiteral("LoRA")},
                                                  {QStringLiteral("k"), QStringLiteral("k")}};
    QStringList parts = QString::fromStdString(name).split(QLatin1Char('-'));
    for (QString &p : parts)
        if (const auto w = words.find(p); w != words.end())
            p = w->second;
    QString l = parts.join(QLatin1Char(' '));
    if (!l.isEmpty() && l != QStringLiteral("k"))
        l[0] = l[0].toUpper();
    return l;
}

} // namespace

DetectorOptionsForm::DetectorOptionsForm(std::set<std::string> shownElsewhere, QWidget *parent)
    : QWidget(parent), m_shownElsewhere(std::move(shownElsewhere)), m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void DetectorOptionsForm::setFamily(const DetectorFamily &family)
{
    if (!m_family.name.empty())
        remember();
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_family = family;
    QSettings s;
    for (const DetectorOption &o : family.options) {
        if (m_shownElsewhere.count(o.name))
            continue;
        const QString stored = s.value(settingsKey(family.name, o.name), QString::fromStdString(o.defaultValue)).toString();
        const QString tip = QString::fromStdString(o.help + (o.help.empty() ? "" : " — ") + o.accepts() + ", default " +
                                                   (o.defaultValue.empty() ? "none" : o.defaultValue));
        QWidget *editor = nullptr;
        switch (o.kind) {
        case DetectorOption::Kind::Whole: {
            auto *spin = new QSpinBox;
            spin->setRange(std::isfinite(o.min) ? int(std::max(o.min, double(INT_MIN))) : INT_MIN,
                           std::isfinite(o.max) ? int(std::min(o.max, double(INT_MAX))) : INT_MAX);
            spin->setValue(stored.toInt());
            editor = spin;
            break;
        }
        case DetectorOption::Kind::Choice: {
            auto *box = new QComboBox;
            for (const auto &c : o.choices)
                box->addItem(QString::fromStdString(c));
            box->setCurrentIndex(std::max(0, box->findText(stored)));
            editor = box;
            break;
        }
        case DetectorOption::Kind::Number:
        case DetectorOption::Kind::Text: {
            auto *line = new QLineEdit(stored);
            line->setPlaceholderText(QString::fromStdString(o.defaultValue.empty() ? o.example : o.defaultValue));
            editor = line;
            break;
        }
        }
        editor->setToolTip(tip);
        editor->setObjectName(QString::fromStdString(o.name));
        m_editors[o.name] = editor;
        m_layout->addRow(label(o.name), editor);
    }
}

QString DetectorOptionsForm::valueOf(const DetectorOption &o) const
{
    const auto e = m_editors.find(o.name);
    if (e == m_editors.end())
        return QString::fromStdString(o.defaultValue);
    if (auto *spin = qobject_cast<QSpinBox *>(e->second))
        return QString::number(spin->value());
    if (auto *box = qobject_cast<QComboBox *>(e->second))
        return box->currentText();
    return qobject_cast<QLineEdit *>(e->second)->text().trimmed();
}

std::map<std::string, std::string> DetectorOptionsForm::options() const
{
    std::map<std::string, std::string> out;
    for (const DetectorOption &o : m_family.options)
        if (m_editors.count(o.name))
            if (const std::string v = valueOf(o).toStdString(); v != o.defaultValue)
                out[o.name] = v;
    return out;
}

bool DetectorOptionsForm::setValue(const std::string &name, const QString &value)
{
    QWidget *e = editor(name);
    if (auto *spin = qobject_cast<QSpinBox *>(e))
        spin->setValue(value.toInt());
    else if (auto *box = qobject_cast<QComboBox *>(e))
        box->setCurrentIndex(box->findText(value));
    else if (auto *line = qobject_cast<QLineEdit *>(e))
        line->setText(value);
    return e != nullptr;
}

QWidget *DetectorOptionsForm::editor(const std::string &name) const
{
    const auto e = m_editors.find(name);
    return e == m_editors.end() ? nullptr : e->second;
}

void DetectorOptionsForm::remember() const
{
    QSettings s;
    for (const DetectorOption &o : m_family.options)
        if (m_editors.count(o.name))
            s.setValue(settingsKey(m_family.name, o.name), valueOf(o));
}

} // namespace asd::ui
