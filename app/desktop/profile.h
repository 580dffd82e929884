#pragma once

#include "core/result.h"
#include "sync/account.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace depot::app {

/// Where the refresh token of a company profile is kept: the OS keychain (the default), or a
/// file next to the store (`credentials.json`, mode 0600), only when chosen explicitly because it
/// is less safe (anyone who can read the file can act as this device until the session ends).
enum class CredentialStoreKind {
    Keychain,
    File
};

/// One company profile on this computer: a folder holding `store.sqlite` (the company's local
/// store), `profile.json` (server, company, user, pinned certificate, offline-unlock verifier — no
/// password, no token) and, with the file credential store, `credentials.json`. The layout is the
/// one `depotctl --data-dir` uses, so both tools can work on the same folder.
///
/// The offline verifier is an argon2id hash of the user's password (libsodium crypto_pwhash_str,
/// as the server stores it): it lets the same user unlock this computer without the server, and
/// never reveals the password.
struct CompanyProfile
{
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)

public:
    QString dir;        ///< the folder of this profile
    QUrl server;        ///< https://host:port
    QString tenant;     ///< company slug
    QString tenantName; ///< company name, as the server gave it
    QString user;       ///< email or phone used to sign in
    QString role;       ///< the user's role in the company, as the server gave it
    QString pin;        ///< SHA-256 of the server certificate (lowercase hex), empty when CA-trusted
    QString caFile;     ///< extra CA certificate (PEM), optional
    QString offlineVerifier;

    bool isSignedInProfile() const { return !tenant.isEmpty() && server.isValid(); }
    QString storePath() const;
    QString credentialsPath() const;
    /// The sync account of this profile for a device (tokens empty: they come from the credential store).
    sync::Account account(const QString &deviceId) const;

    /// Reads DIR/profile.json; a folder without one gives an empty profile (local work only).
    static core::Result<CompanyProfile> load(const QString &dir);
    /// Writes DIR/profile.json atomically, keeping keys written by other tools (depotctl).
    core::Result<void> save() const;
};

namespace profiles {

/// The folder of the profile for (server, tenant) under the app data folder `root`: `root` itself
/// when it holds that company or nothing signed in yet, else `root/companies/<tenant>` (or
/// `<tenant>@<host>-<port>` when that name is taken by another server).
QString companyDir(const QString &root, const QUrl &server, const QString &tenant);
/// Every signed-in profile under `root` (root first, then root/companies/*).
QList<CompanyProfile> known(const QString &root);

/// An argon2id verifier of `password` (libsodium crypto_pwhash_str, interactive limits). Slow on
/// purpose (~0.1-1 s): call it off the GUI thread.
core::Result<QString> makeOfflineVerifier(const QString &password);
/// True when `password` matches the verifier. Slow on purpose: off the GUI thread.
bool checkOfflineVerifier(const QString &verifier, const QString &password);

} // namespace profiles

} // namespace depot::app
