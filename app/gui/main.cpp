// SPDX-License-Identifier: GPL-3.0-or-later
// asd-workbench: the desktop workbench.
#include "util/Allocator.h"
#include "windows/MainWindow.h"
#include "windows/ReportExport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    asd::keepFreedMemoryForReuse(); // before any thread: see util/Allocator.h
    // A report for scripts and servers needs no display: draw off screen.
    const bool headless = std::any_of(argv + 1, argv + argc, [](const char *a) { return std::strcmp(a, "--report") == 0; });
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    const QCommandLineOption report(QStringLiteral("report"),
                                    QApplication::translate("main", "Write the evaluation report of --scores on the dataset "
                                                                    "to this .html or .pdf file and quit (no display needed)."),
                                    QStringLiteral("file"));
    const QCommandLineOption scores(QStringLiteral("scores"),
                                    QApplication::translate("main", "Folder of DCASE score files, for --report."),
                                    QStringLiteral("folder"));
    parser.addOption(report);
    parser.addOption(scores);
    parser.process(app);
    if (parser.isSet(report)) {
        if (!parser.isSet(scores) || parser.positionalArguments().size() != 1) {
            std::fprintf(stderr, "asd-workbench: --report needs --scores FOLDER and the dataset folder\n");
            return 2;
        }
        return asd::ui::writeReportFromScoreFiles(parser.value(report), parser.value(scores),
                                                  parser.positionalArguments().first(), parser.value(model));
    }

    asd::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDataset(parser.positionalArguments().first());
    if (parser.isSet(model))
        window.openModel(parser.value(model));
    return app.exec();
}
