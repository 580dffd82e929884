#pragma once

#include "sync/protocol/protocol.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace depot::server {

/// A push body split in two: the wire fields of its movements, read straight from the request
/// bytes, and the rest of the object, parsed by QJsonDocument.
struct PushBody
{
    QJsonObject rest; ///< the body's object without its "movements" member
    QList<sync::protocol::MovementFields> movements;
};

/// Decodes the common shape of `POST /sync/push` quickly: a QJsonDocument of a push of 1,000
/// movements, then a QJsonObject lookup per field, cost more CPU than the insert. It only takes
/// bodies whose movements are objects with plain keys and values that are ASCII strings without
/// escapes or null, no known key twice, the body's own keys plain as well; for anything else,
/// including anything malformed, it returns nullopt and the caller parses the whole body with
/// QJsonDocument, which then decides. What it returns is what that parse would give:
/// movementFromFields sees the same fields either way.
std::optional<PushBody> decodePushBody(QByteArrayView json);

} // namespace depot::server
