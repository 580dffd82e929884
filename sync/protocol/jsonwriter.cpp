#include "jsonwriter.h"

namespace depot::sync::protocol {

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    qsizetype plain = 0; // start of the run of characters that need no escape
    const auto flush = [&](qsizetype end) {
        if (end <= plain)
            return;
        const QStringView run = text.sliced(plain, end - plain);
        bool ascii = true;
        for (QChar c : run) {
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            // The common case (ids, codes, decimal numbers): one byte per character, no
            // intermediate buffer.
            const qsizetype at = out.size();
            out.resize(at + run.size());
            char *to = out.data() + at;
            for (QChar c : run)
                *to++ = char(c.unicode());
        } else {
            out += run.toUtf8();
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'"' && c != u'\\' && c >= 0x20)
            continue;
        flush(i);
        plain = i + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            const char escaped[6] = {'\\', 'u', '0', '0', kHex[(c >> 4) & 0x0f], kHex[c & 0x0f]};
            out.append(escaped, 6);
        }
        }
    }
    flush(text.size());
    out += '"';
}

void appendJsonId(QByteArray &out, const QUuid &id)
{
    if (id.isNull()) {
        out += "null";
        return;
    }
    out += '"';
    out += id.toByteArray(QUuid::WithoutBraces);
    out += '"';
}

void appendMovementJson(QByteArray &out, const core::Movement &m, std::optional<QUuid> pushedBy)
{
    bool first = true;
    const auto key = [&](const char *name) {
        out += first ? "{\"" : ",\"";
        first = false;
        out += name;
        out += "\":";
    };
    const auto id = [&](const char *name, const QUuid &value) {
        key(name);
        appendJsonId(out, value);
    };
    const auto text = [&](const char *name, QStringView value) {
        key(name);
        appendJsonString(out, value);
    };
    const auto number = [&](const char *name, qint64 value) { // 64 bits: a decimal string
        key(name);
        out += '"';
        out += QByteArray::number(value);
        out += '"';
    };
    id("id", m.id);
    id("product_id", m.productId);
    id("location_id", m.locationId);
    key("kind");
    out += '"';
    out += core::movementKindText(m.kind);
    out += '"';
    text("quantity", m.quantity.toString());
    text("unit_cost", m.unitCost.isNull() ? QString() : m.unitCost.toString());
    text("reason", m.reason);
    text("reference", m.reference);
    text("note", m.note);
    text("user", m.userId);
    text("device", m.deviceId);
    number("hlc", qint64(m.hlc.raw()));
    id("transfer_id", m.transferId);
    id("reverses_id", m.reversesId);
    if (m.serverSeq > 0)
        number("seq", m.serverSeq);
    if (pushedBy)
        id("pushed_by", *pushedBy);
    out += '}';
}

} // namespace depot::sync::protocol
