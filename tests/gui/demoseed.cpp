// gui_demo_seed DIR: fills DIR/store.sqlite with a small shop (locations, suppliers, products,
// movements) so that the desktop app can be looked at and screenshotted. Not a test.

#include "core/tenantstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTextStream>

using namespace depot::core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: gui_demo_seed DIR\n";
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    TenantStore::Options options;
    options.userId = QStringLiteral("awa.diallo");
    auto opened = TenantStore::open(QDir(dir).filePath(QStringLiteral("store.sqlite")), options);
    if (!opened.ok()) {
        QTextStream(stderr) << opened.error().message << '\n';
        return 1;
    }
    TenantStore &store = *opened.value();
    auto must = [](const auto &result) {
        if (!result.ok())
            qFatal("%s", qPrintable(result.error().message));
        return result.value();
    };
    const Location main = must(store.addLocation(
        {.code = QStringLiteral("DEPOT"), .name = QStringLiteral("Dépôt central"), .type = LocationType::Warehouse}));
    const Location shop = must(store.addLocation(
        {.code = QStringLiteral("BOUTIQUE"), .name = QStringLiteral("Boutique Plateau"), .type = LocationType::Shop}));
    must(store.addLocation({.code = QStringLiteral("DEPOT-A1"),
                            .name = QStringLiteral("Allée A, étagère 1"),
                            .type = LocationType::Zone,
                            .parentId = main.id}));
    const Supplier sodis = must(store.addSupplier({.name = QStringLiteral("SODIS Distribution"),
                                                   .email = QStringLiteral("commandes@sodis.example"),
                                                   .phone = QStringLiteral("+221 33 800 00 00")}));
    must(store.addSupplier({.name = QStringLiteral("Moulins Sentenac"), .phone = QStringLiteral("+221 33 849 00 00")}));

    struct Item
    {
        const char *sku, *barcode, *name, *category, *unit;
        qint64 price, reorder;
    };
    const Item items[] = {
        {"RIZ-25", "6111245000013", "Riz brisé parfumé 25 kg", "Épicerie", "sac", 17500, 10},
        {"HUILE-5L", "6111245000020", "Huile végétale 5 L", "Épicerie", "bidon", 6500, 12},
        {"SUCRE-1", "6111245000037", "Sucre en poudre 1 kg", "Épicerie", "pcs", 750, 40},
        {"LAIT-400", "6111245000044", "Lait en poudre 400 g", "Crèmerie", "pcs", 2100, 24},
        {"CAFE-250", "3017620422003", "Café moulu 250 g", "Boissons", "pcs", 1800, 15},
        {"THE-VERT", "6111245000051", "Thé vert de Chine 100 g", "Boissons", "pcs", 600, 30},
        {"EAU-1.5", "6111245000068", "Eau minérale 1,5 L (pack de 6)", "Boissons", "pack", 2400, 20},
        {"SAVON-M", "6111245000075", "Savon de Marseille 300 g", "Hygiène", "pcs", 900, 25},
        {"BOUGIE", "6111245000082", "Bougies (boîte de 12)", "Maison", "boîte", 1200, 10},
        {"OIGNON-K", "6111245000099", "Oignons", "Frais", "kg", 500, 50},
        {"TOMATE-C", "6111245000105", "Concentré de tomate 70 g", "Épicerie", "pcs", 150, 100},
        {"PILES-AA", "6111245000112", "Piles alcalines AA (x4)", "Maison", "pcs", 1500, 8},
    };
    QList<Product> products;
    for (const Item &i : items) {
        Product p;
        p.sku = QString::fromUtf8(i.sku);
        p.barcodes = {QString::fromUtf8(i.barcode)};
        p.name = QString::fromUtf8(i.name);
        p.category = QString::fromUtf8(i.category);
        p.unit = QString::fromUtf8(i.unit);
        p.salePrice = Money(i.price, QStringLiteral("XOF"));
        p.reorderPoint = Quantity::fromUnits(i.reorder);
        p.reorderQuantity = Quantity::fromUnits(i.reorder * 3);
        p.preferredSupplierId = sodis.id;
        products << must(store.addProduct(p));
    }
    auto *rng = QRandomGenerator::global();
    for (const Product &p : std::as_const(products)) {
        MovementDraft d;
        d.productId = p.id;
        d.locationId = main.id;
        d.kind = MovementKind::Receipt;
        d.quantity = Quantity::fromUnits(20 + rng->bounded(120));
        d.reference = QStringLiteral("BL-2026-%1").arg(rng->bounded(1000, 9999));
        must(store.recordMovement(d));
        must(store.recordTransfer(p.id, main.id, shop.id, Quantity::fromUnits(5 + rng->bounded(15))));
        for (int k = 0; k < 3; ++k) {
            d.locationId = shop.id;
            d.kind = MovementKind::Issue;
            d.reference.clear();
            d.quantity = Quantity::fromUnits(1 + rng->bounded(6));
            must(store.recordMovement(d));
        }
    }
    MovementDraft loss;
    loss.productId = products.at(3).id;
    loss.locationId = shop.id;
    loss.kind = MovementKind::Loss;
    loss.quantity = Quantity::fromUnits(30);
    loss.reason = QStringLiteral("Périmé");
    must(store.recordMovement(loss));
    QTextStream(stdout) << "seeded " << store.movementCount() << " movements in " << dir << '\n';
    return 0;
}
