#include "pushdecoder.h"

#include <QJsonDocument>
#include <QVarLengthArray>

#include <cctype>
#include <cstring>

namespace depot::server {

using sync::protocol::MovementFields;
using sync::protocol::WireField;

namespace {

/// A cursor over the body. Every reader returns false on what it does not take; the decoder then
/// gives up (and QJsonDocument parses the body).
class Reader
{
public:
    explicit Reader(QByteArrayView json) : m_p(json.data()), m_end(json.data() + json.size()) { }

    const char *position() const { return m_p; }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool eat(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    /// A string of printable ASCII without escapes; `out` is its text without the quotes.
    bool plainString(QLatin1StringView *out)
    {
        if (!eat('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end) {
            const auto c = uchar(*m_p);
            if (c == '"') {
                *out = QLatin1StringView(start, m_p - start);
                ++m_p;
                return true;
            }
            if (c == '\\' || c < 0x20 || c >= 0x7f)
                return false;
            ++m_p;
        }
        return false;
    }
    bool null()
    {
        skipSpace();
        if (m_end - m_p < 4 || std::memcmp(m_p, "null", 4) != 0)
            return false;
        m_p += 4;
        return true;
    }
    /// Steps over one JSON value of any kind. It only finds where the value ends: the value's text
    /// is parsed (and judged) by QJsonDocument afterwards.
    bool skipValue()
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        if (*m_p == '"')
            return skipString();
        if (*m_p == '{' || *m_p == '[') {
            int depth = 0;
            while (m_p < m_end) {
                const char c = *m_p;
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_p;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        const char *start = m_p;
        while (m_p < m_end && (std::isalnum(uchar(*m_p)) || *m_p == '-' || *m_p == '+' || *m_p == '.'))
            ++m_p;
        return m_p > start;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool skipString()
    {
        ++m_p; // the opening quote
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '\\') {
                if (m_p == m_end)
                    return false;
                ++m_p;
            } else if (c == '"') {
                return true;
            }
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
};

/// One movement object; false when it is not of the plain shape.
bool readMovement(Reader &in, MovementFields *fields)
{
    if (!in.eat('{'))
        return false;
    if (in.eat('}'))
        return true;
    QVarLengthArray<const WireField *, 16> seen;
    do {
        QLatin1StringView key;
        if (!in.plainString(&key) || !in.eat(':'))
            return false;
        WireField value;
        QLatin1StringView text;
        if (in.peek('"')) {
            if (!in.plainString(&text))
                return false;
            value = {WireField::Type::String, QString(text)};
        } else if (in.null()) {
            value.type = WireField::Type::Null;
        } else {
            return false; // numbers, booleans, objects, arrays: QJsonDocument's path says what they are
        }
        if (WireField *field = fields->byName(key)) {
            if (seen.contains(field))
                return false; // a key twice: the parse keeps one of them, leave it to the parse
            seen.append(field);
            *field = std::move(value);
        }
    } while (in.eat(','));
    return in.eat('}');
}

} // namespace

std::optional<PushBody> decodePushBody(QByteArrayView json)
{
    Reader in(json);
    PushBody body;
    QByteArray rest = QByteArrayLiteral("{");
    bool sawMovements = false;
    if (!in.eat('{'))
        return std::nullopt;
    if (!in.eat('}')) {
        do {
            in.peek('"');
            const char *memberStart = in.position();
            QLatin1StringView key;
            if (!in.plainString(&key) || !in.eat(':'))
                return std::nullopt;
            if (key == QLatin1StringView("movements")) {
                if (sawMovements || !in.eat('['))
                    return std::nullopt;
                sawMovements = true;
                if (!in.eat(']')) {
                    do {
                        MovementFields fields;
                        if (!readMovement(in, &fields))
                            return std::nullopt;
                        body.movements.append(std::move(fields));
                    } while (in.eat(','));
                    if (!in.eat(']'))
                        return std::nullopt;
                }
                continue;
            }
            if (!in.skipValue())
                return std::nullopt;
            if (rest.size() > 1)
                rest += ',';
            rest.append(memberStart, in.position() - memberStart);
        } while (in.eat(','));
        if (!in.eat('}'))
            return std::nullopt;
    }
    if (!in.atEnd())
        return std::nullopt;
    rest += '}';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(rest, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    body.rest = doc.object();
    return body;
}

} // namespace depot::server
