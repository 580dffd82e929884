#include "demo.h"

#include "api.h"
#include "config.h"
#include "log.h"
#include "scopes.h"
#include "security.h"
#include "store.h"

#include "core/uuid.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>
#include <span>

namespace depot::server {

void enforcePlanLimitFor(TenantScope &scope, const QString &plan, const QString &resource, qint64 used);

namespace {

using core::Hlc;
using core::Money;
using core::Movement;
using core::MovementKind;
using core::Quantity;
using sync::protocol::CatalogItem;
using sync::protocol::CatalogType;

constexpr auto kDefaultPassword = "depot-demo-2026";
constexpr auto kCurrency = "XOF";
constexpr int kDays = 182;   ///< six months, ending yesterday
constexpr int kBatch = 1000; ///< movements per transaction, like a push batch

/// A seeded generator: the same seed gives the same company, to the byte (dates aside: the six
/// months end the day before the command runs).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) { }
    quint64 next() { return m_engine(); }
    /// In [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(next() % quint64(hi - lo + 1)); }
    bool chance(double p) { return double(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * double(next() >> 11) * (1.0 / 9007199254740992.0); }

    /// A UUIDv7 for `ms` whose random bits come from this generator.
    QUuid uuidAt(qint64 ms)
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (int i = 0; i < 6; ++i)
            bytes[i] = char((quint64(ms) >> (8 * (5 - i))) & 0xff);
        const quint64 a = next();
        const quint64 b = next();
        for (int i = 6; i < 16; ++i)
            bytes[i] = char(((i < 8 ? a : b) >> (8 * (i % 8))) & 0xff);
        bytes[6] = char((bytes[6] & 0x0f) | 0x70);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes);
    }

private:
    std::mt19937_64 m_engine;
};

struct Category
{
    const char *code;
    const char *name;
};
const Category kCategories[] = {{"EPI", "Épicerie"},   {"BOI", "Boissons"},  {"CRE", "Crèmerie"},
                                {"HYG", "Hygiène"},    {"ENT", "Entretien"}, {"FRA", "Fruits et légumes"},
                                {"BOU", "Boulangerie"}};

struct SupplierSpec
{
    const char *name;
    const char *email;
    const char *phone;
    const char *notes;
};
const SupplierSpec kSuppliers[] = {
    {"SODIS Distribution", "commandes@sodis.example", "+221 33 800 10 10", "Livraison le mardi."},
    {"Moulins Sentenac", "ventes@moulins-sentenac.example", "+221 33 849 20 20", "Farine, pâtes, pain."},
    {"Boissons du Cap-Vert", "orders@boissons-cap-vert.example", "+221 33 820 30 30", "Minimum 10 cartons."},
    {"Laiterie du Berger", "pro@laiterie-berger.example", "+221 33 951 40 40", "Produits frais : chaîne du froid."},
    {"Hygiène Plus SARL", "contact@hygiene-plus.example", "+221 77 650 50 50", ""},
    {"Maraîchers des Niayes", "niayes@maraichers.example", "+221 77 412 60 60", "Fruits et légumes, vrac."},
};

/// A product line: every size x brand combination becomes one product.
/// sizes: "label[:unit]=price|..." (price in XOF); "vrac" sells by weight.
struct BaseSpec
{
    int category;
    const char *name;
    const char *unit;
    int supplier;
    double popularity;
    const char *sizes;
    const char *brands;
};
const BaseSpec kBases[] = {
    {0, "Riz brisé parfumé", "pcs", 1, 3.0, "1 kg=650|5 kg=3100|25 kg:sac=14500", "Teranga|Sahel|Baobab"},
    {0, "Huile végétale", "bouteille", 0, 2.5, "1 L=1350|5 L:bidon=6500|20 L:bidon=24500", "Niani|Soleil d'Or"},
    {0, "Sucre en poudre", "pcs", 0, 2.2, "1 kg=750|5 kg:sac=3600", "CSS|Sahel"},
    {0, "Sucre en morceaux", "boîte", 0, 0.8, "1 kg=900", "CSS|Saint-Louis"},
    {0, "Farine de blé", "pcs", 1, 1.2, "1 kg=600|25 kg:sac=13500", "Sentenac|Grands Moulins"},
    {0, "Spaghetti", "paquet", 1, 1.6, "500 g=450|1 kg=850", "Pasta Dakar|Dolce Sahel"},
    {0, "Macaronis", "paquet", 1, 1.0, "500 g=450", "Pasta Dakar|Dolce Sahel"},
    {0, "Couscous de blé", "paquet", 1, 0.9, "1 kg=1100", "Sentenac|Dari"},
    {0, "Lentilles vertes", "paquet", 0, 0.5, "500 g=700|1 kg=1300", "Sahel"},
    {0, "Haricots niébé", "paquet", 0, 0.7, "1 kg=900", "Sahel|Terroir"},
    {0, "Sel iodé", "paquet", 0, 0.8, "500 g=200|1 kg=350", "Sel de Kaolack"},
    {0, "Concentré de tomate", "boîte", 0, 2.0, "70 g=100|400 g=650|2,2 kg=3200", "Dieg Bou|Socas|Mamita"},
    {0, "Bouillon cube", "boîte", 0, 1.8, "boîte de 60=1500|sachet de 8:sachet=200", "Jumbo|Adja|Doli"},
    {0, "Mayonnaise", "pot", 0, 0.6, "250 ml=800|500 ml=1400", "Bama|Calvé"},
    {0, "Moutarde de Dijon", "pot", 0, 0.3, "370 g=1200", "Dijonnaise"},
    {0, "Vinaigre blanc", "bouteille", 0, 0.4, "1 L=600", "Sahel"},
    {0, "Sardines à l'huile", "boîte", 0, 1.2, "125 g=450", "Pôle Sud|Sarjala|Les Dieux"},
    {0, "Corned beef", "tin", 0, 0.5, "340 g=1800", "Ranch King|Exeter Farm"},
    {0, "Baked beans", "tin", 0, 0.4, "415 g=950", "Country Farm|Sunny Side"},
    {0, "Peanut butter", "jar", 0, 0.3, "340 g=1900", "Golden Nut"},
    {0, "Pâte d'arachide", "pot", 0, 0.6, "500 g=1200|1 kg=2200", "Terroir|Sahel"},
    {0, "Chocolat en poudre", "boîte", 0, 0.6, "400 g=1900|1 kg=4200", "Chocodi|Cao"},
    {0, "Biscuits secs", "paquet", 0, 1.4, "200 g=350|paquet familial=1200", "Wehbe|Rica"},
    {0, "Corn flakes", "box", 0, 0.3, "375 g=2500", "Morning Gold"},
    {1, "Eau minérale", "bouteille", 2, 3.0, "50 cl=250|1,5 L=450|pack 6 x 1,5 L:pack=2500", "Kirène|Céleste"},
    {1, "Jus de bissap", "bouteille", 2, 1.2, "33 cl=400|1 L=1000", "Zena|Pressea"},
    {1, "Jus de gingembre", "bouteille", 2, 1.0, "33 cl=400|1 L=1000", "Zena|Pressea"},
    {1, "Soda cola", "canette", 2, 1.8, "33 cl=400|1,5 L:bouteille=1000", "Cola Star|Bul Cola"},
    {1, "Limonade", "bouteille", 2, 0.8, "1,5 L=900", "Gazelle|Citronnade"},
    {1, "Orange juice", "carton", 2, 0.5, "1 L=1500", "Sunny Valley|Tropical"},
    {1, "Café moulu", "paquet", 2, 0.8, "250 g=1800", "Touba Café|Arôme d'Afrique"},
    {1, "Café soluble", "boîte", 2, 0.7, "50 g=1200|100 g=2200", "Café Express|Touba Café"},
    {1, "Thé vert de Chine", "paquet", 2, 1.2, "25 g=150|100 g=600", "Ataya|Thé du Sahel"},
    {1, "Lait concentré sucré", "boîte", 2, 1.0, "397 g=850", "Gloria|Bonnet Rouge"},
    {1, "Bière blonde", "bouteille", 2, 0.8, "33 cl=600|65 cl=1000", "Gazelle|Flag"},
    {2, "Lait en poudre", "boîte", 3, 1.5, "400 g=2100|2,5 kg:sac=11500", "Vitalait|Laicran|Nutrilait"},
    {2, "Lait UHT demi-écrémé", "brique", 3, 1.0, "1 L=900", "Candia|Lactel"},
    {2, "Lait caillé sucré", "pot", 3, 1.2, "500 ml=600|1 L=1100", "Laiterie du Berger|Dolima"},
    {2, "Yaourt nature", "pack", 3, 0.8, "4 x 125 g=1200", "Dolima|Jaboot"},
    {2, "Beurre doux", "plaquette", 3, 0.5, "250 g=1600", "Prairie|Elle & Vire"},
    {2, "Fromage fondu", "boîte", 3, 0.6, "8 portions=1300|16 portions=2400", "Vache Rieuse|Kiri"},
    {2, "Margarine", "pot", 3, 0.4, "500 g=1100", "Blue Band"},
    {3, "Savon de Marseille", "pcs", 4, 0.9, "200 g=350|400 g=650", "Madar|Le Chat"},
    {3, "Savon liquide mains", "flacon", 4, 0.4, "500 ml=1500", "Dermaclean|Palme"},
    {3, "Dentifrice", "tube", 4, 0.7, "75 ml=800|125 ml=1200", "Signal|Fluor+"},
    {3, "Toothbrush, medium", "pcs", 4, 0.4, "single=500|pack of 3:pack=1300", "Oral Care|Smile"},
    {3, "Shampooing", "flacon", 4, 0.4, "250 ml=1800", "Dop|Karité Doux"},
    {3, "Papier toilette", "paquet", 4, 0.8, "4 rouleaux=1200|12 rouleaux=3300", "Lotus|Okay"},
    {3, "Couches bébé", "paquet", 4, 0.6, "taille 3=5500|taille 4=5900|taille 5=6200", "Bébé Doux|Softcare"},
    {3, "Serviettes hygiéniques", "paquet", 4, 0.5, "paquet de 10=900", "Softcare|Douceur"},
    {3, "Déodorant", "pcs", 4, 0.3, "150 ml=1900", "Fraîcheur|Karité Doux"},
    {4, "Lessive en poudre", "paquet", 4, 0.9, "500 g=900|2 kg=3200", "Madar|Omega"},
    {4, "Eau de Javel", "bouteille", 4, 0.7, "1 L=500|5 L:bidon=2000", "La Croix|Sahel Javel"},
    {4, "Liquide vaisselle", "flacon", 4, 0.6, "500 ml=900", "Sunlight|Brillo"},
    {4, "Insecticide", "bombe", 4, 0.5, "400 ml=2200", "Rambo|Timor"},
    {4, "Piles alcalines AA", "pack", 4, 0.3, "pack de 4=1500", "PowerCell|Volta"},
    {4, "Bougies", "paquet", 4, 0.3, "paquet de 6=600", "Lumière"},
    {4, "Allumettes", "paquet", 4, 0.5, "paquet de 10 boîtes=500", "Flamme"},
    {4, "Ampoule LED", "pcs", 4, 0.2, "9 W=1500|12 W=2000", "Lumina"},
    {5, "Oignons", "kg", 5, 2.0, "vrac=500|sac 25 kg:sac=11000", ""},
    {5, "Pommes de terre", "kg", 5, 1.5, "vrac=600", ""},
    {5, "Tomates fraîches", "kg", 5, 1.2, "vrac=800", ""},
    {5, "Carottes", "kg", 5, 0.6, "vrac=700", ""},
    {5, "Bananes", "kg", 5, 0.8, "vrac=900", ""},
    {5, "Oranges", "kg", 5, 0.7, "vrac=700", ""},
    {5, "Mangues", "kg", 5, 0.5, "vrac=1000", ""},
    {5, "Citrons verts", "kg", 5, 0.4, "vrac=1200", ""},
    {5, "Piment frais", "kg", 5, 0.3, "vrac=2000", ""},
    {5, "Ail", "kg", 5, 0.4, "vrac=2500", ""},
    {6, "Pain de mie", "paquet", 1, 0.8, "500 g=1000", "Pain d'Or|Boulangerie Jaune"},
    {6, "Œufs frais", "plateau", 1, 1.0, "plateau de 30=3000|boîte de 6:boîte=650", "Ferme de Sangalkam"},
};

struct UserSpec
{
    const char *role;
    const char *first;
    const char *last;
    const char *local; ///< email local part
};
const UserSpec kUsers[] = {
    {"owner", "Awa", "Diallo", "awa.diallo"}, {"admin", "Moussa", "Ndiaye", "moussa.ndiaye"},
    {"manager", "Fatou", "Sow", "fatou.sow"}, {"clerk", "Ibrahima", "Fall", "ibrahima.fall"},
    {"clerk", "Aminata", "Ba", "aminata.ba"}, {"viewer", "Claire", "Martin", "claire.martin"},
};

/// The check digit of the first 12 digits of an EAN-13.
int ean13CheckDigit(const QString &twelve)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (twelve.at(i).unicode() - '0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

struct ProductSim
{
    CatalogItem item;
    QString sku;
    int supplier = 0;
    bool byWeight = false; ///< sold loose, by the kilogram
    qint64 costMinor = 0;
    qint64 reorderPoint = 0; ///< milli
    qint64 reorderQuantity = 0;
    double weight = 1; ///< share of the sales
};

struct LocationSim
{
    CatalogItem item;
    QString code;
    QString user;   ///< email of who records there
    QUuid userId;   ///< pushed_by
    QString device; ///< device id of the till / office PC
    bool shop = false;
};

QString money(qint64 minor)
{
    return Money(minor, QLatin1String(kCurrency)).toString();
}

/// The whole simulation: catalog, then six months of days in order.
class Simulation
{
public:
    Simulation(quint64 seed, qint64 startMs) : m_rng(seed), m_startMs(startMs) { }

    QList<CatalogItem> suppliers;
    QList<LocationSim> locations;
    QList<ProductSim> products;
    QList<Movement> movements;

    void buildCatalog(const QHash<QString, QPair<QString, QUuid>> &users);
    void run();

private:
    Hlc stamp(qint64 ms)
    {
        m_lastMs = std::max(ms, m_lastMs + 1);
        return Hlc::fromParts(m_lastMs, 0);
    }
    qint64 &balance(int product, int location) { return m_balance[product * 3 + location]; }
    void record(int product, int location, MovementKind kind, qint64 milli, qint64 ms, const QString &reason,
                const QString &reference, const QUuid &transferId = {}, const QString &user = {},
                const QString &device = {});
    qint64 saleQuantity(const ProductSim &p);
    int pickProduct();

    Rng m_rng;
    qint64 m_startMs;
    qint64 m_lastMs = 0;
    QList<qint64> m_balance;
    QList<double> m_cumulative;
    QHash<int, QList<QPair<int, qint64>>> m_recentSales; ///< location -> (product, qty)
};

void Simulation::buildCatalog(const QHash<QString, QPair<QString, QUuid>> &users)
{
    const qint64 createdMs = m_startMs - 3 * 3600 * 1000;
    quint16 counter = 0;
    auto newItem = [&](CatalogType type, const QJsonObject &fields) {
        CatalogItem item;
        item.type = type;
        item.id = m_rng.uuidAt(createdMs);
        item.createdHlc = Hlc::fromParts(createdMs, counter++);
        item.fields = fields;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            item.stamps.insert(it.key(), item.createdHlc);
        return item;
    };

    for (const SupplierSpec &s : kSuppliers)
        suppliers << newItem(CatalogType::Supplier, {{QStringLiteral("name"), QString::fromUtf8(s.name)},
                                                     {QStringLiteral("email"), QString::fromUtf8(s.email)},
                                                     {QStringLiteral("phone"), QString::fromUtf8(s.phone)},
                                                     {QStringLiteral("notes"), QString::fromUtf8(s.notes)}});

    struct L
    {
        const char *code, *name, *type, *user, *device;
    };
    const L specs[] = {
        {"DEPOT", "Dépôt central, Rufisque", "WAREHOUSE", "fatou.sow", "demo-bureau-depot"},
        {"PLATEAU", "Boutique Plateau", "SHOP", "ibrahima.fall", "demo-caisse-plateau"},
        {"ALMADIES", "Boutique Almadies", "SHOP", "aminata.ba", "demo-caisse-almadies"},
    };
    for (const L &l : specs) {
        LocationSim loc;
        loc.code = QString::fromLatin1(l.code);
        loc.item = newItem(CatalogType::Location, {{QStringLiteral("code"), loc.code},
                                                   {QStringLiteral("name"), QString::fromUtf8(l.name)},
                                                   {QStringLiteral("type"), QString::fromLatin1(l.type)},
                                                   {QStringLiteral("parent_id"), QJsonValue()}});
        const auto user = users.value(QString::fromLatin1(l.user));
        loc.user = user.first;
        loc.userId = user.second;
        loc.device = QString::fromLatin1(l.device);
        loc.shop = qstrcmp(l.type, "SHOP") == 0;
        locations << loc;
    }

    // Every size x brand of every line; SKUs numbered per category in table order.
    QHash<int, int> perCategory;
    int brandCode = 0;
    for (const BaseSpec &base : kBases) {
        const QStringList brands = QString::fromUtf8(base.brands).split(u'|');
        const QStringList sizes = QString::fromUtf8(base.sizes).split(u'|');
        for (qsizetype b = 0; b < brands.size(); ++b) {
            ++brandCode;
            for (qsizetype s = 0; s < sizes.size(); ++s) {
                const QString token = sizes.at(s);
                const int eq = int(token.lastIndexOf(u'='));
                QString label = token.left(eq);
                QString unit = QString::fromUtf8(base.unit);
                if (const int colon = int(label.indexOf(u':')); colon > 0) {
                    unit = label.mid(colon + 1);
                    label = label.left(colon);
                }
                const qint64 price = token.mid(eq + 1).toLongLong();
                const bool loose = label == u"vrac";
                QString name = QString::fromUtf8(base.name);
                if (!brands.at(b).isEmpty())
                    name += QLatin1Char(' ') + brands.at(b);
                if (!loose)
                    name += QLatin1Char(' ') + label;
                const Category &category = kCategories[base.category];
                const int number = ++perCategory[base.category];
                ProductSim p;
                p.sku = QStringLiteral("%1-%2").arg(QLatin1String(category.code)).arg(number, 4, 10, QLatin1Char('0'));
                p.supplier = base.supplier;
                p.byWeight = loose;
                // Bigger packs and later brands sell less.
                p.weight = base.popularity
                           * (s == 0   ? 1.0
                              : s == 1 ? 0.55
                                       : 0.3)
                           * (b == 0 ? 1.0 : 0.7) * m_rng.uniform(0.6, 1.4);
                p.costMinor = std::max<qint64>(25, (price * 78 / 100 + 12) / 25 * 25);
                // Barcodes: in-store weight codes (prefix 21) for loose goods, else a GS1 France-style
                // prefix per brand; the 13th digit is the EAN-13 check digit.
                QString twelve = loose ? QStringLiteral("21%1%2")
                                             .arg(brandCode, 5, 10, QLatin1Char('0'))
                                             .arg(s, 5, 10, QLatin1Char('0'))
                                       : QStringLiteral("37%1%2")
                                             .arg(40000 + brandCode * 37, 5, 10, QLatin1Char('0'))
                                             .arg(number * 10 + int(s), 5, 10, QLatin1Char('0'));
                const QString barcode = twelve + QString::number(ean13CheckDigit(twelve));
                p.item = newItem(CatalogType::Product, {{QStringLiteral("sku"), p.sku},
                                                        {QStringLiteral("barcodes"), QJsonArray{barcode}},
                                                        {QStringLiteral("name"), name},
                                                        {QStringLiteral("category"), QString::fromUtf8(category.name)},
                                                        {QStringLiteral("unit"), unit},
                                                        {QStringLiteral("cost_price"), money(p.costMinor)},
                                                        {QStringLiteral("sale_price"), money(price)},
                                                        {QStringLiteral("preferred_supplier_id"),
                                                         core::uuidToText(suppliers.at(base.supplier).id)}});
                products << p;
            }
        }
    }

    // Reorder points from the expected demand of one shop: about 4 days, reordering 2 weeks' worth.
    double total = 0;
    for (const ProductSim &p : products)
        total += p.weight;
    const double linesPerDay = 34;
    for (ProductSim &p : products) {
        const double unitsPerDay = linesPerDay * p.weight / total * (p.byWeight ? 1.6 : 1.3);
        p.reorderPoint = std::max<qint64>(2, qint64(std::ceil(unitsPerDay * 4))) * 1000;
        p.reorderQuantity = std::max<qint64>(6, qint64(std::ceil(unitsPerDay * 14))) * 1000;
        p.item.fields.insert(QStringLiteral("reorder_point"), Quantity::fromMilli(p.reorderPoint).toString());
        p.item.fields.insert(QStringLiteral("reorder_quantity"), Quantity::fromMilli(p.reorderQuantity).toString());
        p.item.stamps.insert(QStringLiteral("reorder_point"), p.item.createdHlc);
        p.item.stamps.insert(QStringLiteral("reorder_quantity"), p.item.createdHlc);
    }
    double running = 0;
    for (const ProductSim &p : products)
        m_cumulative << (running += p.weight);
    m_balance = QList<qint64>(products.size() * 3, 0);
}

void Simulation::record(int product, int location, MovementKind kind, qint64 milli, qint64 ms, const QString &reason,
                        const QString &reference, const QUuid &transferId, const QString &user, const QString &device)
{
    const LocationSim &loc = locations.at(location);
    Movement m;
    m.hlc = stamp(ms);
    m.id = m_rng.uuidAt(m.hlc.physicalMs());
    m.productId = products.at(product).item.id;
    m.locationId = loc.item.id;
    m.kind = kind;
    m.quantity = Quantity::fromMilli(milli);
    if (kind == MovementKind::Receipt)
        m.unitCost = Money(products.at(product).costMinor, QLatin1String(kCurrency));
    m.reason = reason;
    m.reference = reference;
    m.userId = user.isEmpty() ? loc.user : user;
    m.deviceId = device.isEmpty() ? loc.device : device;
    m.transferId = transferId;
    movements << m;
    if (kind == MovementKind::Count)
        balance(product, location) = milli;
    else
        balance(product, location) += milli;
}

int Simulation::pickProduct()
{
    const double r = m_rng.uniform(0, m_cumulative.last());
    return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
}

qint64 Simulation::saleQuantity(const ProductSim &p)
{
    if (p.byWeight)
        return m_rng.between(2, 12) * 250; // 0.5 to 3 kg by quarters
    const qint64 r = m_rng.between(1, 100);
    return (r <= 70 ? 1 : r <= 90 ? 2 : m_rng.between(3, 6)) * 1000;
}

void Simulation::run()
{
    constexpr qint64 kHour = 3600 * 1000;
    const QString manager = locations.at(0).user;
    const QString office = locations.at(0).device;
    for (int day = 0; day < kDays; ++day) {
        const qint64 dayMs = m_startMs + qint64(day) * 24 * kHour;
        const QDate date = QDateTime::fromMSecsSinceEpoch(dayMs, Qt::UTC).date();
        const QString ymd = date.toString(QStringLiteral("yyyyMMdd"));
        const int weekday = date.dayOfWeek(); // 1 Monday .. 7 Sunday

        // 07:30 deliveries at the depot: the opening stock on day 0, then every Tuesday (fresh
        // goods and bread also on Friday) whatever fell under twice the reorder point.
        for (int s = 0; s < int(std::size(kSuppliers)); ++s) {
            const bool fresh = s == 1 || s == 3 || s == 5;
            if (day != 0 && weekday != 2 && !(fresh && weekday == 5))
                continue;
            const QString reference = QStringLiteral("BL-%1-%2").arg(s + 1).arg(ymd);
            for (int p = 0; p < products.size(); ++p) {
                const ProductSim &prod = products.at(p);
                if (prod.supplier != s)
                    continue;
                const qint64 have = balance(p, 0);
                if (day == 0 || have <= 2 * prod.reorderPoint)
                    record(p, 0, MovementKind::Receipt, 3 * prod.reorderQuantity, dayMs + 7 * kHour + kHour / 2,
                           day == 0 ? QStringLiteral("Stock initial") : QStringLiteral("Livraison fournisseur"),
                           day == 0 ? QStringLiteral("OUVERTURE") : reference);
            }
        }

        // 08:30 replenishment of the shops from the depot (day 0, Monday and Thursday).
        if (day == 0 || weekday == 1 || weekday == 4) {
            int n = 0;
            for (int shop = 1; shop < 3; ++shop) {
                for (int p = 0; p < products.size(); ++p) {
                    const ProductSim &prod = products.at(p);
                    if (balance(p, shop) > prod.reorderPoint)
                        continue;
                    qint64 qty = std::min(prod.reorderQuantity, balance(p, 0));
                    if (!prod.byWeight)
                        qty = qty / 1000 * 1000;
                    if (qty <= 0)
                        continue;
                    const QUuid transfer = m_rng.uuidAt(dayMs + 8 * kHour);
                    const QString reference = QStringLiteral("TR-%1-%2").arg(ymd).arg(++n, 3, 10, QLatin1Char('0'));
                    const qint64 at = dayMs + 8 * kHour + kHour / 2;
                    record(p, 0, MovementKind::TransferOut, -qty, at, QStringLiteral("Réassort"), reference, transfer,
                           manager, office);
                    record(p, shop, MovementKind::TransferIn, qty, at, QStringLiteral("Réassort"), reference, transfer,
                           manager, office);
                }
            }
        }

        // 09:00-19:00: sales at the shops, a few returns and losses, in time order.
        struct Event
        {
            qint64 at;
            int location;
            int type; // 0 sale, 1 return, 2 loss
        };
        QList<Event> events;
        for (int shop = 1; shop < 3; ++shop) {
            const int lines = weekday == 7 ? int(m_rng.between(12, 22)) : int(m_rng.between(26, 42));
            for (int i = 0; i < lines; ++i)
                events << Event{dayMs + 9 * kHour + m_rng.between(0, 10 * kHour - 1), shop, 0};
            if (m_rng.chance(0.15))
                events << Event{dayMs + 9 * kHour + m_rng.between(0, 10 * kHour - 1), shop, 1};
        }
        for (int loc = 0; loc < 3; ++loc) {
            if (m_rng.chance(loc == 0 ? 0.2 : 0.3))
                events << Event{dayMs + 9 * kHour + m_rng.between(0, 10 * kHour - 1), loc, 2};
        }
        std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
        int ticket = 0;
        for (const Event &e : events) {
            if (e.type == 0) {
                const int p = pickProduct();
                qint64 qty = saleQuantity(products.at(p));
                const qint64 have = balance(p, e.location);
                // Mostly what is on the shelf; now and then the till records a sale of goods whose
                // transfer has not been entered yet (negative stock, raised as an alert).
                if (have < qty && !m_rng.chance(0.02)) {
                    qty = products.at(p).byWeight ? have / 250 * 250 : have / 1000 * 1000;
                    if (qty <= 0)
                        continue;
                }
                record(p, e.location, MovementKind::Issue, -qty, e.at, QStringLiteral("Vente"),
                       QStringLiteral("TICKET-%1-%2-%3")
                           .arg(locations.at(e.location).code.left(3), ymd)
                           .arg(++ticket, 4, 10, QLatin1Char('0')));
                m_recentSales[e.location] << qMakePair(p, qty);
                if (m_recentSales[e.location].size() > 60)
                    m_recentSales[e.location].removeFirst();
            } else if (e.type == 1) {
                const auto &recent = m_recentSales.value(e.location);
                if (recent.isEmpty())
                    continue;
                const auto [p, qty] = recent.at(int(m_rng.between(0, recent.size() - 1)));
                record(p, e.location, MovementKind::Return, products.at(p).byWeight ? qty : 1000, e.at,
                       QStringLiteral("Retour client"), QString());
            } else {
                const int p = pickProduct();
                const qint64 qty = products.at(p).byWeight ? 500 : 1000;
                if (balance(p, e.location) < qty)
                    continue;
                static const char *const reasons[] = {"Casse", "Produit périmé", "Emballage endommagé", "Vol constaté"};
                const QString reason =
                    QString::fromUtf8(products.at(p).byWeight ? "Produit abîmé" : reasons[m_rng.between(0, 3)]);
                record(p, e.location, MovementKind::Loss, -qty, e.at, reason, QString());
            }
        }

        // 20:00 on the last day of a month: every location counts every product. Most counts agree
        // with the books; a few find a unit missing (or one more).
        if (date.addDays(1).month() != date.month()) {
            const QString reference = QStringLiteral("INV-%1").arg(date.toString(QStringLiteral("yyyyMM")));
            for (int loc = 0; loc < 3; ++loc) {
                for (int p = 0; p < products.size(); ++p) {
                    const qint64 unit = products.at(p).byWeight ? 250 : 1000;
                    qint64 counted = std::max<qint64>(0, balance(p, loc));
                    const qint64 r = m_rng.between(1, 100);
                    if (r <= 6)
                        counted = std::max<qint64>(0, counted - unit);
                    else if (r <= 8)
                        counted += unit;
                    record(p, loc, MovementKind::Count, counted, dayMs + 20 * kHour,
                           QStringLiteral("Inventaire mensuel"), reference);
                }
            }
        }
    }
}

struct Arguments
{
    QString slug = QStringLiteral("demo");
    quint64 seed = 20261122;
    QStringList forwarded;
};

void printLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

int failWith(const QString &code, const QString &message)
{
    const QByteArray text = (code + QLatin1String(": ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    return code == u"usage" ? 2 : 1;
}

QString seedUsage()
{
    return QStringLiteral("usage: depot-server seed-demo [--slug demo] [--seed N] [--password-stdin] "
                          "[--db D] [--data-dir DIR] [other common options]");
}

} // namespace

int seedDemoMain(const QStringList &arguments)
{
    Arguments args;
    // seed-demo's own options; every other one is a common setting, parsed as for `migrate`.
    QStringList rest{arguments.value(0), QStringLiteral("migrate")};
    for (int i = 2; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString value;
        const bool own =
            arg == u"--slug" || arg == u"--seed" || arg.startsWith(u"--slug=") || arg.startsWith(u"--seed=");
        if (!own) {
            rest << arg;
            continue;
        }
        if (const int eq = int(arg.indexOf(u'=')); eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            return failWith(QStringLiteral("usage"), QStringLiteral("%1 needs a value\n").arg(arg) + seedUsage());
        }
        if (arg == u"--slug") {
            args.slug = value;
        } else {
            bool ok = false;
            args.seed = value.toULongLong(&ok);
            if (!ok)
                return failWith(QStringLiteral("usage"), QStringLiteral("--seed must be a non-negative integer"));
        }
    }
    if (args.slug.isEmpty() || args.slug.size() > 40 || slugify(args.slug) != args.slug)
        return failWith(QStringLiteral("usage"),
                        QStringLiteral("--slug must be 1 to 40 lowercase letters, digits and single dashes"));

    auto parsed = parseConfig(rest);
    if (!parsed.ok()) {
        QString message = parsed.error().message;
        return failWith(parsed.error().code, message.replace(usage(), seedUsage()));
    }
    Services services;
    services.config = *parsed;
    services.config.command = QStringLiteral("seed-demo");
    services.passwords = PasswordHasher(*PasswordHasher::profileFromString(services.config.passwordProfile));

    QString password = QString::fromLatin1(kDefaultPassword);
    if (services.config.passwordStdin) {
        QTextStream in(stdin);
        password = in.readLine();
        while (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
            return failWith(QStringLiteral("weak_password"), weak);
    }

    auto store = Store::open(StoreConfig{services.config.effectiveDb(), services.config.appRole});
    if (!store.ok())
        return failWith(store.error().code, store.error().message);
    services.store = *store;
    if (services.store->backend() == Backend::Sqlite) {
        if (auto migrated = services.store->migrate(); !migrated.ok())
            return failWith(migrated.error().code, migrated.error().message);
    }
    if (auto ready = services.store->ready(); !ready.ok())
        return failWith(ready.error().code, ready.error().message);
    if (auto role = services.store->checkAppRole(); !role.ok())
        return failWith(role.error().code, role.error().message);

    const QString domain = args.slug + QStringLiteral(".example");
    auto email = [&](const UserSpec &u) { return QString::fromLatin1(u.local) + QLatin1Char('@') + domain; };
    // The six months end yesterday (UTC), so every movement is in the past of every clock.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const qint64 startMs = QDateTime(today.addDays(-kDays), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    try {
        {
            auto platform = services.store->platform(false);
            if (platform->tenantBySlug(args.slug))
                return failWith(QStringLiteral("tenant_exists"),
                                QStringLiteral("a company with the slug %1 already exists; seed-demo only creates "
                                               "new companies (give another --slug)")
                                    .arg(args.slug));
            for (const UserSpec &u : kUsers) {
                if (platform->userByEmail(email(u)))
                    return failWith(
                        QStringLiteral("identity_taken"),
                        QStringLiteral("the demo user %1 already exists (give another --slug)").arg(email(u)));
            }
        }

        // The company and its owner, exactly as create-tenant makes them.
        NewTenant input;
        input.name = args.slug == u"demo" ? QStringLiteral("Demo") : args.slug;
        input.email = QStringLiteral("contact@") + domain;
        input.plan = QStringLiteral("professional");
        input.status = TenantStatus::Active;
        input.ownerEmail = email(kUsers[0]);
        input.ownerPassword = password;
        input.ownerFirstName = QString::fromLatin1(kUsers[0].first);
        input.ownerLastName = QString::fromLatin1(kUsers[0].last);
        input.ip = QStringLiteral("cli");
        const CreatedTenant created = createTenant(services, input);
        if (created.tenant.slug != args.slug)
            return failWith(
                QStringLiteral("internal_error"),
                QStringLiteral("the company got the slug %1 instead of %2").arg(created.tenant.slug, args.slug));
        const QUuid tenantId = created.tenant.id;
        const QString owner = core::uuidToText(created.ownerId);

        // The other members, as POST /users adds them (plan limit, one sequence each), with the
        // demo password and no forced change.
        QHash<QString, QPair<QString, QUuid>> users; // email local part -> (email, id)
        users.insert(QString::fromLatin1(kUsers[0].local), {email(kUsers[0]), created.ownerId});
        QJsonArray userList{QJsonObject{{QStringLiteral("email"), email(kUsers[0])},
                                        {QStringLiteral("role"), QStringLiteral("owner")}}};
        {
            auto platform = services.store->platformFor(tenantId, true);
            auto scope = platform->tenantInThisTransaction(tenantId);
            scope->lock();
            for (const UserSpec &u : std::span(kUsers).subspan(1)) {
                enforcePlanLimitFor(*scope, created.tenant.plan, QStringLiteral("users"), scope->limitUsage().users);
                const auto hash = services.passwords.hash(password);
                if (!hash.ok())
                    return failWith(hash.error().code, hash.error().message);
                UserRecord user;
                user.id = core::UuidV7::generate();
                user.email = email(u);
                user.firstName = QString::fromLatin1(u.first);
                user.lastName = QString::fromLatin1(u.last);
                user.passwordHash = *hash;
                platform->insertUser(user);
                platform->addTenantCount(user.id, 1);
                MembershipRecord m;
                m.userId = user.id;
                m.role = roleToString(roleFromString(QString::fromLatin1(u.role)));
                m.seq = scope->allocate(1);
                m.createdAt = QDateTime::currentMSecsSinceEpoch();
                scope->insertMembership(m);
                scope->audit(owner, input.ip, QStringLiteral("user.added"), core::uuidToText(user.id),
                             {{QStringLiteral("role"), m.role}});
                users.insert(QString::fromLatin1(u.local), {user.email, user.id});
                userList.append(QJsonObject{{QStringLiteral("email"), user.email}, {QStringLiteral("role"), m.role}});
            }
            platform->commit();
        }

        Simulation sim(args.seed, startMs);
        sim.buildCatalog(users);
        sim.run();

        // The catalog in one transaction, with the checks of POST /suppliers, /locations, /products.
        {
            auto scope = services.store->tenant(tenantId, true);
            scope->lock();
            Usage usage = scope->limitUsage();
            auto insert = [&](CatalogItem item) {
                item.seq = scope->allocate(1);
                scope->insertCatalogItem(item);
            };
            for (const CatalogItem &s : sim.suppliers)
                insert(s);
            for (const LocationSim &l : sim.locations) {
                enforcePlanLimitFor(*scope, created.tenant.plan, QStringLiteral("locations"), usage.locations++);
                if (scope->locationByCode(l.code))
                    return failWith(QStringLiteral("code_taken"), l.code);
                insert(l.item);
            }
            for (const ProductSim &p : sim.products) {
                enforcePlanLimitFor(*scope, created.tenant.plan, QStringLiteral("products"), usage.products++);
                if (scope->productBySku(p.sku))
                    return failWith(QStringLiteral("sku_taken"), p.sku);
                insert(p.item);
            }
            scope->audit(owner, input.ip, QStringLiteral("demo.catalog_seeded"), created.tenant.slug,
                         {{QStringLiteral("suppliers"), qint64(sim.suppliers.size())},
                          {QStringLiteral("locations"), qint64(sim.locations.size())},
                          {QStringLiteral("products"), qint64(sim.products.size())}});
            scope->commit();
        }

        // Movements in push-sized batches, each with consecutive server sequences taken under the
        // tenant lock, in HLC order: a new device pulls them like any other device's.
        QHash<QUuid, QUuid> pushedBy; // location -> user id
        for (const LocationSim &l : sim.locations)
            pushedBy.insert(l.item.id, l.userId);
        const QUuid managerId = users.value(QStringLiteral("fatou.sow")).second;
        qint64 lastSeq = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (qsizetype from = 0; from < sim.movements.size(); from += kBatch) {
            const qsizetype n = std::min<qsizetype>(kBatch, sim.movements.size() - from);
            auto scope = services.store->tenant(tenantId, true);
            scope->lock();
            qint64 seq = scope->allocate(n);
            QList<StoredMovement> batch;
            batch.reserve(n);
            for (qsizetype i = from; i < from + n; ++i) {
                Movement m = sim.movements.at(i);
                m.serverSeq = seq++;
                const bool transfer = !m.transferId.isNull();
                batch << StoredMovement{m, transfer ? managerId : pushedBy.value(m.locationId)};
            }
            lastSeq = seq - 1;
            scope->insertMovements(batch, now);
            scope->commit();
        }
        {
            auto scope = services.store->tenant(tenantId, true);
            scope->audit(owner, input.ip, QStringLiteral("demo.movements_seeded"), created.tenant.slug,
                         {{QStringLiteral("movements"), qint64(sim.movements.size())},
                          {QStringLiteral("seed"), QString::number(args.seed)}});
            scope->commit();
        }

        QJsonObject out{
            {QStringLiteral("tenant"), created.tenant.slug},
            {QStringLiteral("tenant_id"), core::uuidToText(tenantId)},
            {QStringLiteral("name"), created.tenant.name},
            {QStringLiteral("plan"), created.tenant.plan},
            {QStringLiteral("status"), tenantStatusToString(created.tenant.status)},
            {QStringLiteral("users"), userList},
            {QStringLiteral("suppliers"), qint64(sim.suppliers.size())},
            {QStringLiteral("locations"), qint64(sim.locations.size())},
            {QStringLiteral("products"), qint64(sim.products.size())},
            {QStringLiteral("movements"), qint64(sim.movements.size())},
            {QStringLiteral("from"), QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).date().toString(Qt::ISODate)},
            {QStringLiteral("last_seq"), QString::number(lastSeq)},
            {QStringLiteral("seed"), QString::number(args.seed)}};
        // The built-in demo password is printed (it is public anyway); one given on stdin is not.
        if (!services.config.passwordStdin)
            out.insert(QStringLiteral("password"), password);
        printLine(out);
        qCInfo(lcMain).noquote() << "seeded demo company" << created.tenant.slug << sim.products.size() << "products"
                                 << sim.movements.size() << "movements";
        return 0;
    } catch (const ApiError &e) {
        return failWith(e.code, e.message);
    } catch (const core::RuntimeError &e) {
        return failWith(e.error().code, e.error().message);
    }
}

} // namespace depot::server
