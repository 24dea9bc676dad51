#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <cstring>

namespace hub::archive {

// Splits the input into lines without reading it all: 1 MiB blocks, "\n" ends. The
// buffer is reused; only a line longer than a block makes it grow.
class LineSource
{
public:
    explicit LineSource(QIODevice &in) : m_in(in) {}

    // The next line without its "\n"; `terminated` is false for a last line with no "\n".
    bool next(QByteArray &line, bool &terminated)
    {
        for (;;) {
            const char *begin = m_buf.constData() + m_pos;
            if (const void *nl = std::memchr(begin, '\n', static_cast<size_t>(m_end - m_pos))) {
                const auto length = static_cast<const char *>(nl) - begin;
                line = QByteArray(begin, length);
                m_pos += length + 1;
                terminated = true;
                return true;
            }
            if (m_eof) {
                if (m_pos >= m_end)
                    return false;
                line = QByteArray(begin, m_end - m_pos);
                m_pos = m_end;
                terminated = false;
                return true;
            }
            fill();
        }
    }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    static constexpr qsizetype kChunk = 1 << 20;

    void fill()
    {
        const qsizetype rest = m_end - m_pos;
        if (m_pos > 0 && rest > 0)
            std::memmove(m_buf.data(), m_buf.constData() + m_pos, static_cast<size_t>(rest));
        m_pos = 0;
        m_end = rest;
        if (m_buf.size() - m_end < kChunk)
            m_buf.resize(m_end + kChunk);
        const qint64 room = m_buf.size() - m_end;
        qint64 n = m_in.read(m_buf.data() + m_end, room);
        if (n == 0 && m_in.isSequential() && !m_in.atEnd() && m_in.waitForReadyRead(-1))
            n = m_in.read(m_buf.data() + m_end, room);
        if (n < 0) {
            m_error = m_in.errorString();
            n = 0;
        }
        m_end += n;
        m_eof = n == 0;
    }

    QIODevice &m_in;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    QString m_error;
};

} // namespace hub::archive
