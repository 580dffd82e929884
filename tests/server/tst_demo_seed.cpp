// depot-server seed-demo: the demo company it creates (roles, catalog, six months of movements),
// pulled by a new device through the real server, on both backends.
#include "deployment.h"

#include "core/quantity.h"

#include <QDateTime>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace depot::server::test;

class TestDemoSeed : public QObject
{
    Q_OBJECT

private:
    Deployment m_d;
    QJsonObject m_seeded; ///< what seed-demo printed for the slug "demo"
    const QString v1 = QStringLiteral("/api/v1");

    struct Pulled
    {
        QList<QJsonObject> movements;
        QMap<QString, QJsonObject> catalog; ///< by id (a page also re-sends the records its movements use)
        QList<QJsonObject> memberships;
        qint64 last = 0;
        bool ordered = true; ///< movements and memberships after the previous cursor, cursor increasing
    };

    QStringList common() const
    {
        return {QStringLiteral("--db"),
                m_d.dbUrl,
                QStringLiteral("--data-dir"),
                m_d.dataDir.path(),
                QStringLiteral("--password-profile"),
                QStringLiteral("min")};
    }

    int seed(const QStringList &extra, const QByteArray &stdinData, QJsonObject *printed, QByteArray *err = nullptr)
    {
        QByteArray out;
        const int rc = runCommand(QStringList{QStringLiteral("seed-demo")} + extra + common(), stdinData, &out, err);
        if (printed)
            *printed = QJsonDocument::fromJson(out).object();
        return rc;
    }

    /// Everything a new device pulls, page by page (bounded).
    Pulled pullAll(const Session &s)
    {
        Pulled p;
        for (int page = 0; page < 400; ++page) {
            const Response r =
                m_d.http->get(v1 + QStringLiteral("/sync/pull?limit=500&since=") + QString::number(p.last), s.access);
            if (r.status != 200) {
                qWarning() << "pull failed" << r.status << r.body.left(300);
                p.ordered = false;
                return p;
            }
            const QJsonObject d = r.data().toObject();
            for (const QJsonValue &v : d.value(QStringLiteral("catalog")).toArray())
                p.catalog.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
            for (const char *key : {"movements", "memberships"}) {
                for (const QJsonValue &v : d.value(QLatin1String(key)).toArray()) {
                    const QJsonObject o = v.toObject();
                    if (o.value(QStringLiteral("seq")).toString().toLongLong() <= p.last)
                        p.ordered = false;
                    (qstrcmp(key, "movements") == 0 ? p.movements : p.memberships) << o;
                }
            }
            const qint64 next = d.value(QStringLiteral("next")).toString().toLongLong();
            if (next < p.last)
                p.ordered = false;
            p.last = next;
            if (!d.value(QStringLiteral("has_more")).toBool())
                return p;
        }
        p.ordered = false;
        return p;
    }

    static bool validEan13(const QString &code)
    {
        if (code.size() != 13)
            return false;
        int sum = 0;
        for (int i = 0; i < 13; ++i) {
            if (!code.at(i).isDigit())
                return false;
            sum += code.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_d.start({QStringLiteral("--login-failures-per-ip"), QStringLiteral("1000")}, &error),
                 qPrintable(error));
        QByteArray err;
        QCOMPARE(seed({}, {}, &m_seeded, &err), 0);
        QVERIFY2(!m_seeded.isEmpty(), err.constData());
    }

    void cleanupTestCase() { m_d.stop(); }

    void printsTheCompanyAndEveryRole()
    {
        QCOMPARE(m_seeded.value("tenant").toString(), QStringLiteral("demo"));
        QCOMPARE(m_seeded.value("plan").toString(), QStringLiteral("professional"));
        QCOMPARE(m_seeded.value("status").toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(m_seeded.value("password").toString(), QStringLiteral("depot-demo-2026"));
        QSet<QString> roles;
        for (const QJsonValue &u : m_seeded.value("users").toArray())
            roles.insert(u.toObject().value("role").toString());
        QCOMPARE(roles, (QSet<QString>{"owner", "admin", "manager", "clerk", "viewer"}));
        QCOMPARE(m_seeded.value("locations").toInt(), 3);
        QVERIFY(m_seeded.value("products").toInt() >= 190 && m_seeded.value("products").toInt() <= 220);
        QVERIFY2(m_seeded.value("movements").toInt() > 10000,
                 qPrintable(QString::number(m_seeded.value("movements").toInt())));
    }

    void everyUserSignsInWithTheDemoPassword()
    {
        for (const QJsonValue &v : m_seeded.value("users").toArray()) {
            const QJsonObject u = v.toObject();
            const Session s = m_d.login(QStringLiteral("demo"), u.value("email").toString(),
                                        QStringLiteral("depot-demo-2026"), QStringLiteral("roles-device"));
            QVERIFY2(!s.access.isEmpty(), qPrintable(u.value("email").toString()));
            QCOMPARE(s.role, u.value("role").toString());
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^login failed 401")));
        const Session wrong = m_d.login(QStringLiteral("demo"),
                                        m_seeded.value("users").toArray().at(0).toObject().value("email").toString(),
                                        QStringLiteral("not-the-password"));
        QVERIFY(wrong.access.isEmpty());
    }

    void aNewDevicePullsSixMonthsOfConsistentData()
    {
        const QString clerk = QStringLiteral("ibrahima.fall@demo.example");
        const Session s =
            m_d.login(QStringLiteral("demo"), clerk, QStringLiteral("depot-demo-2026"), QStringLiteral("new-till"));
        QVERIFY(!s.access.isEmpty());
        const Pulled p = pullAll(s);
        QVERIFY(p.ordered);
        QCOMPARE(p.movements.size(), m_seeded.value("movements").toInt());
        QCOMPARE(p.memberships.size(), 6);
        QCOMPARE(QString::number(p.last), m_seeded.value("last_seq").toString());

        // Catalog: suppliers, three locations, ~200 products with unique SKUs and valid EAN-13 barcodes.
        QHash<QString, QString> skuById;
        QHash<QString, QString> codeById;
        QSet<QString> barcodes;
        QSet<QString> categories;
        QSet<QString> suppliers;
        int accented = 0;
        for (const QJsonObject &c : p.catalog) {
            if (c.value("type").toString() == u"supplier")
                suppliers.insert(c.value("id").toString());
        }
        QCOMPARE(suppliers.size(), 6);
        for (const QJsonObject &c : p.catalog) {
            const QJsonObject f = c.value("fields").toObject();
            const QString type = c.value("type").toString();
            if (type == u"supplier") {
                continue;
            } else if (type == u"location") {
                codeById.insert(c.value("id").toString(), f.value("code").toString());
            } else {
                QCOMPARE(type, QStringLiteral("product"));
                QVERIFY(!skuById.values().contains(f.value("sku").toString()));
                skuById.insert(c.value("id").toString(), f.value("sku").toString());
                const QJsonArray codes = f.value("barcodes").toArray();
                QCOMPARE(codes.size(), 1);
                QVERIFY2(validEan13(codes.at(0).toString()), qPrintable(codes.at(0).toString()));
                QVERIFY(!barcodes.contains(codes.at(0).toString()));
                barcodes.insert(codes.at(0).toString());
                categories.insert(f.value("category").toString());
                QVERIFY(f.value("sale_price").toString().endsWith(" XOF"));
                QVERIFY(f.value("cost_price").toString().endsWith(" XOF"));
                QVERIFY(!f.value("unit").toString().isEmpty());
                QVERIFY(!f.value("reorder_point").toString().isEmpty());
                QVERIFY(suppliers.contains(f.value("preferred_supplier_id").toString()));
                accented += f.value("name").toString().contains(QRegularExpression(QStringLiteral("[éèêàçœ]")));
            }
        }
        QCOMPARE(codeById.size(), 3);
        QCOMPARE(skuById.size(), m_seeded.value("products").toInt());
        QVERIFY(categories.size() >= 6);
        QVERIFY(accented > 20);

        // Movements: every kind, six months of history all in the past, transfers paired.
        QHash<QString, int> kinds;
        QHash<QString, QList<QJsonObject>> transfers;
        qint64 firstMs = std::numeric_limits<qint64>::max();
        qint64 lastMs = 0;
        quint64 previousHlc = 0;
        bool hlcIncreasing = true;
        QHash<QString, qint64> balance; // product|location, by DESIGN §3 (the log is in HLC order)
        for (const QJsonObject &m : p.movements) {
            const QString kind = m.value("kind").toString();
            ++kinds[kind];
            QVERIFY(skuById.contains(m.value("product_id").toString()));
            QVERIFY(codeById.contains(m.value("location_id").toString()));
            const quint64 hlc = m.value("hlc").toString().toULongLong();
            hlcIncreasing = hlcIncreasing && hlc > previousHlc;
            previousHlc = hlc;
            firstMs = std::min(firstMs, qint64(hlc >> 16));
            lastMs = std::max(lastMs, qint64(hlc >> 16));
            if (!m.value("transfer_id").isNull())
                transfers[m.value("transfer_id").toString()] << m;
            const QString key = m.value("product_id").toString() + u'|' + m.value("location_id").toString();
            const auto q = depot::core::Quantity::parse(m.value("quantity").toString());
            QVERIFY(q.ok());
            balance[key] = kind == u"COUNT" ? q->milli() : balance.value(key) + q->milli();
        }
        QVERIFY(hlcIncreasing); // server sequence order is the order things happened
        for (const char *k : {"RECEIPT", "ISSUE", "LOSS", "RETURN", "TRANSFER_OUT", "TRANSFER_IN", "COUNT"})
            QVERIFY2(kinds.value(QLatin1String(k)) > 0, k);
        QVERIFY(kinds.value("ISSUE") > kinds.value("RECEIPT"));
        QVERIFY(kinds.value("COUNT") >= 3 * skuById.size() * 5); // monthly counts everywhere
        QVERIFY(lastMs < QDateTime::currentMSecsSinceEpoch());
        QVERIFY(lastMs - firstMs > qint64(170) * 24 * 3600 * 1000);
        for (const auto &pair : std::as_const(transfers)) {
            QCOMPARE(pair.size(), 2);
            QCOMPARE(pair.at(0).value("kind").toString(), QStringLiteral("TRANSFER_OUT"));
            QCOMPARE(pair.at(1).value("kind").toString(), QStringLiteral("TRANSFER_IN"));
            QCOMPARE(pair.at(0).value("quantity").toString(),
                     QLatin1Char('-') + pair.at(1).value("quantity").toString());
        }

        // The server's stock equals the balances computed from the pulled log; mostly non-negative.
        QJsonArray rows;
        for (int page = 0; page < 100; ++page) {
            const Response stock = m_d.http->get(v1 + QStringLiteral("/stock?offset=%1").arg(rows.size()), s.access);
            QCOMPARE(stock.status, 200);
            for (const QJsonValue &v : stock.data().toObject().value("items").toArray())
                rows.append(v);
            if (!stock.data().toObject().value("has_more").toBool())
                break;
        }
        QVERIFY(rows.size() >= skuById.size() * 2);
        int negative = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            const qint64 q = depot::core::Quantity::parse(r.value("quantity").toString())->milli();
            QCOMPARE(q, balance.value(r.value("product_id").toString() + u'|' + r.value("location_id").toString()));
            negative += q < 0;
        }
        QVERIFY2(negative * 50 <= rows.size(), qPrintable(QString::number(negative)));
    }

    void refusesAnExistingCompany()
    {
        QJsonObject printed;
        QByteArray err;
        QCOMPARE(seed({QStringLiteral("--slug"), QStringLiteral("demo")}, {}, &printed, &err), 1);
        QVERIFY2(err.startsWith("tenant_exists:"), err.constData());
        QVERIFY(printed.isEmpty());
        // Nothing was added to it.
        const Session s = m_d.login(QStringLiteral("demo"), QStringLiteral("claire.martin@demo.example"),
                                    QStringLiteral("depot-demo-2026"));
        QCOMPARE(pullAll(s).movements.size(), m_seeded.value("movements").toInt());
    }

    void badInputIsRefusedAndCreatesNothing()
    {
        QByteArray err;
        QCOMPARE(seed({QStringLiteral("--slug"), QStringLiteral("Not A Slug")}, {}, nullptr, &err), 2);
        QVERIFY(err.startsWith("usage:"));
        QCOMPARE(seed({QStringLiteral("--seed"), QStringLiteral("minus-one")}, {}, nullptr, &err), 2);
        QCOMPARE(seed({QStringLiteral("--bogus"), QStringLiteral("1")}, {}, nullptr, &err), 2);
        QCOMPARE(seed({QStringLiteral("--slug"), QStringLiteral("weak-co"), QStringLiteral("--password-stdin")},
                      "short\n", nullptr, &err),
                 1);
        QVERIFY2(err.startsWith("weak_password:"), err.constData());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^login failed 401")));
        QVERIFY(
            m_d.login(QStringLiteral("weak-co"), QStringLiteral("awa.diallo@weak-co.example"), QStringLiteral("short"))
                .access.isEmpty());
    }

    void passwordFromStdinIsUsedAndNotPrinted()
    {
        QJsonObject printed;
        QCOMPARE(seed({QStringLiteral("--slug"), QStringLiteral("own-pass"), QStringLiteral("--password-stdin"),
                       QStringLiteral("--seed"), QStringLiteral("7")},
                      "my-own-demo-password\n", &printed),
                 0);
        QVERIFY(!printed.contains("password"));
        QVERIFY(!QJsonDocument(printed).toJson().contains("my-own-demo-password"));
        const Session s = m_d.login(QStringLiteral("own-pass"), QStringLiteral("fatou.sow@own-pass.example"),
                                    QStringLiteral("my-own-demo-password"));
        QCOMPARE(s.role, QStringLiteral("manager"));
        // Another seed, another history.
        QVERIFY(printed.value("movements").toInt() != m_seeded.value("movements").toInt()
                || printed.value("last_seq") != m_seeded.value("last_seq"));
    }

    void theSameSeedGivesTheSameCompany()
    {
        QJsonObject printed;
        QCOMPARE(seed({QStringLiteral("--slug"), QStringLiteral("demo-bis")}, {}, &printed), 0);
        QCOMPARE(printed.value("movements"), m_seeded.value("movements"));
        const Session a = m_d.login(QStringLiteral("demo"), QStringLiteral("claire.martin@demo.example"),
                                    QStringLiteral("depot-demo-2026"));
        const Session b = m_d.login(QStringLiteral("demo-bis"), QStringLiteral("claire.martin@demo-bis.example"),
                                    QStringLiteral("depot-demo-2026"));
        const Pulled pa = pullAll(a);
        const Pulled pb = pullAll(b);
        QCOMPARE(pa.movements.size(), pb.movements.size());
        QCOMPARE(pa.catalog.size(), pb.catalog.size());
        // Ids, quantities, HLCs and catalog fields all equal; only the people (user ids) differ.
        auto strip = [](QJsonObject o) {
            o.remove("user");
            o.remove("pushed_by");
            o.remove("seq");
            return o;
        };
        for (qsizetype i = 0; i < pa.movements.size(); ++i)
            QCOMPARE(strip(pa.movements.at(i)), strip(pb.movements.at(i)));
        QCOMPARE(pa.catalog.keys(), pb.catalog.keys());
        for (const QString &id : pa.catalog.keys())
            QCOMPARE(pa.catalog.value(id).value("fields"), pb.catalog.value(id).value("fields"));
    }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demo_seed.moc"
