// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package as `cpack -G DEB` makes it in the build folder: what it installs, what it
// depends on, and what lintian, appstreamcli and desktop-file-validate say of it (each skipped
// with a message where the tool is not installed).
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace {

struct Run {
    int code;
    QString out;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT
    QString m_deb;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty())
            QSKIP("dpkg-dev (dpkg-shlibdeps) is not installed: the package cannot be made here");
        const Run made = run(QStringLiteral(ASD_CPACK), {QStringLiteral("-G"), QStringLiteral("DEB")}, QStringLiteral(ASD_BUILD_DIR));
        QVERIFY2(made.code == 0, qPrintable(made.out));
        const QStringList debs = QDir(QStringLiteral(ASD_BUILD_DIR)).entryList({QStringLiteral("asd-workbench_*_amd64.deb")});
        QCOMPARE(debs.size(), 1);
        m_deb = QStringLiteral(ASD_BUILD_DIR "/") + debs.front();
    }

    void installsTheProgramsAndTheirDocumentation()
    {
        const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
        QCOMPARE(contents.code, 0);
        for (const char *path : {"./usr/bin/asd", "./usr/bin/asd-workbench", "./usr/share/applications/asd-workbench.desktop",
                                 "./usr/share/icons/hicolor/scalable/apps/asd-workbench.svg",
                                 "./usr/share/metainfo/org.asdworkbench.ASDWorkbench.metainfo.xml",
                                 "./usr/share/man/man1/asd.1.gz", "./usr/share/man/man1/asd-train.1.gz",
                                 "./usr/share/man/man1/asd-workbench.1.gz", "./usr/share/bash-completion/completions/asd",
                                 "./usr/share/doc/asd-workbench/copyright", "./usr/share/doc/asd-workbench/changelog.gz"})
            QVERIFY2(contents.out.contains(QLatin1String(path) + QLatin1Char('\n')), path);
        // Dependencies found by dpkg-shlibdeps, not written by hand.
        const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")});
        for (const char *library : {"libtorch1.13", "libqt6widgets6", "libsndfile1", "libfftw3-single3", "libsoxr0"})
            QVERIFY2(info.out.contains(QLatin1String(library)), qPrintable(info.out));
    }

    void lintianFindsNoError()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lintian")).isEmpty())
            QSKIP("lintian is not installed");
        const Run lint = run(QStringLiteral("lintian"), {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb});
        for (const QString &line : lint.out.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1String("E:")), qPrintable(lint.out));
    }

    void desktopAndAppStreamFilesValidate()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
            QSKIP("desktop-file-utils is not installed");
        const Run desktop = run(QStringLiteral("desktop-file-validate"), {QStringLiteral(ASD_SOURCE_DIR "/packaging/asd-workbench.desktop")});
        QVERIFY2(desktop.code == 0 && !desktop.out.contains(QLatin1String("error")), qPrintable(desktop.out));
        if (QStandardPaths::findExecutable(QStringLiteral("appstreamcli")).isEmpty())
            QSKIP("appstream is not installed");
        const Run metainfo = run(QStringLiteral("appstreamcli"),
                                 {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                  QStringLiteral(ASD_SOURCE_DIR "/packaging/org.asdworkbench.ASDWorkbench.metainfo.xml")});
        QVERIFY2(metainfo.code == 0, qPrintable(metainfo.out));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
