#pragma once

// The offscreen screen of the widget tests that look at a window as a person at the desk
// would: 1366x768 at 96 dpi, the screen the desk was tried on.

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace hub::test {

// Points the offscreen platform at a 1366x768 screen; call before the QApplication.
// `dir` holds the screen's description while the test runs.
inline bool useDeskScreen(const QTemporaryDir &dir)
{
    const auto config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"({"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1366, "height": 768,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    return true;
}

} // namespace hub::test

// main() of a test class run on the 1366x768 desk screen.
#define HUB_DESK_TEST_MAIN(TestClass)                                                              \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QTemporaryDir dir;                                                                         \
        if (!hub::test::useDeskScreen(dir))                                                        \
            return 2;                                                                              \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
