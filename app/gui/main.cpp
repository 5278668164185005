// SPDX-License-Identifier: GPL-3.0-or-later
// asd-workbench: the desktop workbench.
#include "windows/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ASD Workbench"));
    QApplication::setOrganizationName(QStringLiteral("asd-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(ASD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Machine anomalous sound detection workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dataset"),
                                 QApplication::translate("main", "Dataset folder to open (optional)."));
    parser.process(app);

    asd::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDataset(parser.positionalArguments().first());
    return app.exec();
}
