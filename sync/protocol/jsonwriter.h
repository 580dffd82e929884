#pragma once

#include "core/domain.h"

#include <QByteArray>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace depot::sync::protocol {

// JSON written straight into a byte buffer, for the bodies that carry thousands of movements (a
// push, a pull page, the journal): a QJsonObject per movement and QJsonDocument::toJson cost
// more CPU than storing the rows. What these write is what QJsonDocument would give for the same
// values (compact, UTF-8, RFC 8259 escapes), key order aside.

/// Appends `text` as a JSON string literal: quotes, escapes of '"', '\\' and control characters.
void appendJsonString(QByteArray &out, QStringView text);
/// Appends a UUID as a JSON string in canonical form, or null for a null UUID.
void appendJsonId(QByteArray &out, const QUuid &id);
/// Appends one movement as movementToJson() gives it (seq only when the server numbered it),
/// followed by `pushed_by` (a device id, or null) when one is given, as the server lists them.
void appendMovementJson(QByteArray &out, const core::Movement &movement,
                        std::optional<QUuid> pushedBy = std::nullopt);

} // namespace depot::sync::protocol
