#pragma once

#include "scopes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace depot::server {

/// One pull page as read from the store, written in the encoding the client asked for without an
/// intermediate JSON document (a page is up to 20,000 movements: building a QJsonObject per
/// movement, then the text of the whole document, cost most of the server's time).
struct PullPage
{
    QList<StoredMovement> movements;
    QList<sync::protocol::CatalogItem> catalog; ///< in the order to apply (see addReferencedCatalog())
    QJsonArray memberships;
    qint64 next = 0;
    bool hasMore = false;
    qint64 lastSeq = 0;
    core::Hlc serverHlc;
    QJsonObject tenant;
    QJsonValue clockSkew; ///< null when the request carried no device time
};

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
void addReferencedCatalog(TenantScope &scope, const QList<StoredMovement> &movements,
                          QList<sync::protocol::CatalogItem> &catalog, qint64 since);

/// The answer `{"success":true,"data":{...}}` as JSON: movements as objects (the fields of
/// GET /movements), 64-bit numbers as decimal strings.
QByteArray pullPageJson(const PullPage &page);
/// The same answer as CBOR (sync/protocol/pullpage.h): movements as rows of named columns, with
/// binary UUIDs and integers; catalog records, memberships and the tenant as in JSON.
QByteArray pullPageCbor(const PullPage &page);

} // namespace depot::server
