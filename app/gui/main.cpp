// SPDX-License-Identifier: GPL-3.0-or-later
// asd-workbench: the desktop workbench.
#include "util/Allocator.h"
#include "windows/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    asd::keepFreedMemoryForReuse(); // before any thread: see util/Allocator.h
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ASD Workbench"));
    QApplication::setOrganizationName(QStringLiteral("asd-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(ASD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/asd-workbench.svg")));
    // The workbench's own strings (compiled in from translations/) and Qt's, in the user's language.
    QTranslator own, qt;
    if (own.load(QLocale(), QStringLiteral("asd-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&own);
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Machine anomalous sound detection workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dataset"),
                                 QApplication::translate("main", "Dataset folder to open (optional)."));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QApplication::translate("main", "Trained detector to open: a run folder or a .pt file."),
                                   QStringLiteral("path"));
    parser.addOption(model);
    parser.process(app);

    asd::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDataset(parser.positionalArguments().first());
    if (parser.isSet(model))
        window.openModel(parser.value(model));
    return app.exec();
}
