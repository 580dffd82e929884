#pragma once

#include "scopes.h"

#include <QJsonArray>

namespace depot::server {

/// Adds to a pull page the catalog records that its movements and records point at but that the
/// page does not carry. A record edited after a movement that uses it gets a later sequence, so it
/// would come only in a later page; a client cannot apply a movement (or a product merged into
/// another, or one with a preferred supplier, or a nested location) whose targets it does not
/// know, and its sync would stop on that page for good. The added records come again at their own
/// sequence: merging a record twice changes nothing. Records are ordered so that what a record
/// points at comes before it, and products merged into another come after their survivor.
/// A record whose sequence is at most `since` (the page's cursor) is not added: the client already
/// has it from an earlier page (without this, every page of an initial sync would carry the whole
/// catalog again).
void addReferencedCatalog(TenantScope &scope, const QJsonArray &movements, QJsonArray &catalog, qint64 since);

} // namespace depot::server
