// Runs a libFuzzer harness over files without libFuzzer, so the ordinary test suite (and
// its sanitizer build) replays every seed and every input that once crashed
// (tests/fuzz/corpus/<harness>, tests/fuzz/regressions/<harness>): each argument is a file
// or a directory of files. Exits non-zero when no file was found.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
// Harnesses may define it (libFuzzer calls it once before the first input).
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

int replay(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return -1;
    }
    const QByteArray bytes = f.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                           static_cast<std::size_t>(bytes.size()));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            const auto entries = QDir(arg).entryInfoList(QDir::Files, QDir::Name);
            for (const auto &e : entries) {
                const int n = replay(e.filePath());
                if (n < 0)
                    return 1;
                files += n;
            }
        } else {
            const int n = replay(arg);
            if (n < 0)
                return 1;
            files += n;
        }
    }
    std::printf("%d inputs replayed without a crash\n", files);
    return files > 0 ? 0 : 1;
}
