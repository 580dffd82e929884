#include "productdialog.h"

#include "storecontext.h"
#include "uitext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace depot::app {

namespace {

QString defaultCurrency()
{
    const QString fromLocale = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return QSettings()
        .value(QStringLiteral("currency"), fromLocale.isEmpty() ? QStringLiteral("EUR") : fromLocale)
        .toString();
}

QString moneyText(const core::Money &money)
{
    return money.isNull() ? QString() : money.amountString();
}

} // namespace

ProductDialog::ProductDialog(StoreContext &context, const QString &barcode, QWidget *parent)
    : QDialog(parent),
      m_context(context)
{
    build();
    setWindowTitle(tr("New product"));
    if (!barcode.isEmpty()) {
        m_intro->setText(
            tr("The code <b>%1</b> is not known. Create a product with this barcode?").arg(barcode.toHtmlEscaped()));
        m_intro->show();
        m_barcodes->setText(barcode);
        // A scanned code often is the SKU as well; the clerk can change it.
        m_sku->setText(barcode);
        m_name->setFocus();
    } else {
        m_sku->setFocus();
    }
    m_currency->setText(defaultCurrency());
    m_unit->setText(QStringLiteral("pcs"));
}

ProductDialog::ProductDialog(StoreContext &context, const core::Product &product, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_product(product),
      m_editing(true)
{
    build();
    setWindowTitle(tr("Edit product %1").arg(product.sku));
    m_sku->setText(product.sku);
    m_name->setText(product.name);
    m_barcodes->setText(product.barcodes.join(QLatin1String(" ")));
    m_category->setText(product.category);
    m_unit->setText(product.unit);
    const QString currency = !product.costPrice.isNull()   ? product.costPrice.currency()
                             : !product.salePrice.isNull() ? product.salePrice.currency()
                                                           : defaultCurrency();
    m_currency->setText(currency);
    m_costPrice->setText(moneyText(product.costPrice));
    m_salePrice->setText(moneyText(product.salePrice));
    if (product.reorderPoint)
        m_reorderPoint->setText(UiText::quantity(*product.reorderPoint));
    if (product.reorderQuantity)
        m_reorderQuantity->setText(UiText::quantity(*product.reorderQuantity));
    const int index = m_supplier->findData(product.preferredSupplierId);
    m_supplier->setCurrentIndex(qMax(0, index));
    m_name->setFocus();
}

void ProductDialog::build()
{
    setObjectName(QStringLiteral("productDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    auto line = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    m_sku = line("sku");
    m_name = line("name");
    m_barcodes = line("barcodes");
    m_barcodes->setPlaceholderText(tr("several barcodes separated by spaces"));
    m_category = line("category");
    m_unit = line("unit");
    m_currency = line("currency");
    m_currency->setMaxLength(3);
    m_costPrice = line("costPrice");
    m_salePrice = line("salePrice");
    m_reorderPoint = line("reorderPoint");
    m_reorderPoint->setPlaceholderText(tr("no alert"));
    m_reorderQuantity = line("reorderQuantity");
    m_supplier = new QComboBox(this);
    m_supplier->addItem(tr("(none)"), QUuid());
    for (const core::Supplier &s : m_context.store().suppliers())
        m_supplier->addItem(s.name, s.id);

    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Barcodes:"), m_barcodes);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Cos&t price:"), m_costPrice);
    form->addRow(tr("Sa&le price:"), m_salePrice);
    form->addRow(tr("&Reorder point:"), m_reorderPoint);
    form->addRow(tr("Reorder &quantity:"), m_reorderQuantity);
    form->addRow(tr("&Preferred supplier:"), m_supplier);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProductDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

void ProductDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ProductDialog::accept()
{
    core::Product p = m_product;
    p.sku = m_sku->text().trimmed();
    p.name = m_name->text().trimmed();
    p.barcodes = m_barcodes->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    p.category = m_category->text().trimmed();
    p.unit = m_unit->text().trimmed();
    const QString currency = m_currency->text().trimmed().toUpper();

    auto money = [&](QLineEdit *edit, core::Money &target) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            target = core::Money();
            return true;
        }
        auto parsed = core::Money::parse(text, currency);
        if (!parsed.ok()) {
            showError(tr("\"%1\" is not a price in %2.").arg(text, currency));
            edit->setFocus();
            return false;
        }
        target = parsed.value();
        return true;
    };
    auto quantity = [&](QLineEdit *edit, std::optional<core::Quantity> &target) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty()) {
            target.reset();
            return true;
        }
        auto parsed = UiText::parseQuantity(text);
        if (!parsed.ok()) {
            showError(parsed.error().message);
            edit->setFocus();
            return false;
        }
        target = parsed.value();
        return true;
    };
    if ((!m_costPrice->text().trimmed().isEmpty() || !m_salePrice->text().trimmed().isEmpty())
        && !core::Money::isValidCurrency(currency)) {
        showError(tr("\"%1\" is not a currency code (three letters, e.g. EUR or XOF).").arg(currency));
        m_currency->setFocus();
        return;
    }
    if (!money(m_costPrice, p.costPrice) || !money(m_salePrice, p.salePrice)
        || !quantity(m_reorderPoint, p.reorderPoint) || !quantity(m_reorderQuantity, p.reorderQuantity))
        return;
    p.preferredSupplierId = m_supplier->currentData().toUuid();

    auto saved = m_editing ? m_context.store().updateProduct(p) : m_context.store().addProduct(p);
    if (!saved.ok()) {
        showError(saved.error().message);
        return;
    }
    m_product = saved.value();
    if (core::Money::isValidCurrency(currency))
        QSettings().setValue(QStringLiteral("currency"), currency);
    m_context.notifyChanged();
    QDialog::accept();
}

} // namespace depot::app
