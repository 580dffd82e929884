#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

class QCborStreamWriter;

namespace depot::sync::protocol {

/// The media type of a CBOR body. A client asks for pull pages in CBOR with `Accept:
/// application/cbor`; the server answers in CBOR only then (JSON otherwise, and for every error).
constexpr const char *kCborContentType = "application/cbor";

/// The columns of a movement row in a CBOR pull page, in the order the server writes them (the page
/// names them in `movement_columns`, so a reader maps them by name and skips those it does not know):
/// id, seq, product_id, location_id, kind, quantity_milli, unit_cost, reason, reference, note,
/// user, device, hlc, transfer_id, reverses_id, pushed_by. UUIDs are byte strings of 16 bytes
/// tagged 37 (or null), seq, quantity_milli and hlc are integers, the others text as in JSON.
const QList<QByteArray> &cborMovementColumns();
/// Writes one movement as a row of cborMovementColumns() (a CBOR array).
void writeCborMovementRow(QCborStreamWriter &writer, const core::Movement &movement, const QUuid &pushedBy);
/// A UUID as CBOR: tag 37 and its 16 bytes, or null for a null UUID.
void writeCborUuid(QCborStreamWriter &writer, const QUuid &id);

/// A pull page as the client applies it, whichever encoding it came in.
struct PullPage
{
    QList<CatalogItem> catalog;      ///< mergedInto and seq as the server sent them
    QList<core::Movement> movements; ///< with their server sequence
    qint64 next = -1;                ///< the cursor after this page; -1 when missing or invalid
    bool hasMore = false;
    std::optional<qint64> lastSeq; ///< the company's last sequence, when the server says
    std::optional<core::Hlc> serverHlc;
    QJsonObject clockSkew; ///< {"flagged", "skew_ms"}, empty when absent
};

/// What made a page unreadable, and where.
struct PullPageError
{
    enum class Part {
        Page,     ///< the envelope or a top-level field
        Catalog,  ///< a catalog record
        Movement, ///< a movement
    };
    Part part = Part::Page;
    core::Error error;
};

/// Decodes the `data` of a JSON pull answer (movements and catalog records as objects, 64-bit
/// numbers as decimal strings), with the checks of movementFromJson() and catalogItemFromJson().
std::optional<PullPageError> pullPageFromJson(const QJsonObject &data, PullPage *page);
/// Decodes a whole CBOR pull answer (`{"success": true, "data": {...}}`) with the same checks.
std::optional<PullPageError> pullPageFromCbor(const QByteArray &body, PullPage *page);

} // namespace depot::sync::protocol
