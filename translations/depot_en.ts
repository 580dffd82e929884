<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>depot</name>
        <message>
            <source>"%1" is not an ISO 4217 currency code such as EUR or XOF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected an amount and a currency, such as "12.50 EUR".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a valid number: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too large</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>at most %n decimal(s) allowed</source>
            <translation>
                <numerusform>at most %n decimal allowed</numerusform>
                <numerusform>at most %n decimals allowed</numerusform>
            </translation>
        </message>
        <message>
            <source>digits expected after the decimal separator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected character '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>digits expected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::AlertsPage</name>
        <message>
            <source>Alerts (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(nowhere)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No alert: no product is below its reorder point or negative.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n alert(s). Negative stock means movements are missing or wrong: check the journal or count the location.</source>
            <translation>
                <numerusform>%n alert. Negative stock means movements are missing or wrong: check the journal or count the location.</numerusform>
                <numerusform>%n alerts. Negative stock means movements are missing or wrong: check the journal or count the location.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>depot::app::CountPage</name>
        <message>
            <source>Discard this count? Nothing will be posted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L&amp;ocation to count:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;can each item (or N*CODE), or type the counted quantity in the table:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Post count (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disc&amp;ard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting %1 since %2. Expected quantities are the stock when the count started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 products counted, %3 with a difference. Products not counted keep their stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a location and start a count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a location first (Locations screen).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Count started: %n product(s) expected here.</source>
            <translation>
                <numerusform>Count started: %n product expected here.</numerusform>
                <numerusform>Count started: %n products expected here.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown code %1: create the product on the Products screen, then scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — %2: counted %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the counted quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A counted quantity cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was posted: %1 — %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was posted: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Count posted: %n product(s) updated.</source>
            <translation>
                <numerusform>Count posted: %n product updated.</numerusform>
                <numerusform>Count posted: %n products updated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Post the count of %n product(s)? Their stock becomes the counted quantity.</source>
            <translation>
                <numerusform>Post the count of %n product? Its stock becomes the counted quantity.</numerusform>
                <numerusform>Post the count of %n products? Their stock becomes the counted quantity.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The count could not be saved to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A saved count could not be read and was ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The count started on %1 was restored: carry on.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::JournalExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder is not writable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot create the workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot rename %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::JournalPage</name>
        <message numerus="yes">
            <source>%n movement(s) exported to %1.</source>
            <translation>
                <numerusform>%n movement exported to %1.</numerusform>
                <numerusform>%n movements exported to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export canceled; no file was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU or barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Pre&amp;vious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;xt ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason / reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown product %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (reversal)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Page %1 of %2 — %n movement(s)</source>
            <translation>
                <numerusform>Page %1 of %2 — %n movement</numerusform>
                <numerusform>Page %1 of %2 — %n movements</numerusform>
            </translation>
        </message>
        <message>
            <source>journal-%1.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exp&amp;ort…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export every movement that matches the filters to CSV or Excel (XLSX)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rever&amp;se…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel the selected movement by recording the opposite one (the journal is never edited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reversed from the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movement reversed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverse the selected movement? An opposite movement is recorded; the original stays in the journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::LocationDialog</name>
        <message>
            <source>Edit location %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what clerks scan, e.g. SHELF-A1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Inside:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::LocationsPage</name>
        <message>
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New location…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::MainWindow</name>
        <message>
            <source>Depot — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Depot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Depot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n change waiting to sync</numerusform>
                <numerusform>%n changes waiting to sync</numerusform>
            </translation>
        </message>
        <message>
            <source>● Offline (not connected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer works on its local store. Synchronisation with a server is not available yet; every change is kept and will be sent once it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=4&gt;%1&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 … F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: receipt, issue, loss, return, adjustment, transfer, count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;5*CODE&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: record 5 of the scanned product&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: undo the last entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New product, location or supplier&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Settings (language)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Depot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Depot %1&lt;/h3&gt;&lt;p&gt;Offline-first stock management.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::ProductDialog</name>
        <message>
            <source>New product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code &lt;b&gt;%1&lt;/b&gt; is not known. Create a product with this barcode?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit product %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>several barcodes separated by spaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;SKU:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Barcodes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cos&amp;t price:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;le price:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reorder point:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder &amp;quantity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferred supplier:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a price in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a currency code (three letters, e.g. EUR or XOF).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::ProductsPage</name>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by name, SKU, barcode or category (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New product…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Barcodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 shown of %n product(s)</source>
            <translation>
                <numerusform>%1 shown of %n product</numerusform>
                <numerusform>%1 shown of %n products</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::QuickEntryPage</name>
        <message>
            <source>Quick entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;turn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Adjustment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trans&amp;fer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (F%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>L&amp;ocation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;estination:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scan a location or a product (barcode or SKU), then Enter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. SHELF-A, 3017620422003, 5*3017620422003</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan a location code to select it. "5*CODE" records 5 at once. F2 to F8 choose the kind of movement. Ctrl+Z undoes the last entry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo last (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(choose or scan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted &amp;quantity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From %1. Now scan the destination location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already the source; scan another location as destination.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To %1. Now scan the products.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown code %1: nothing recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or choose the source location first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or choose a location first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scan or choose the destination location first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 × %3 at %4 — stock now %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone at entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: %1 × %2 at %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (undone)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language changes at once, without restarting Depot.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::StockPage</name>
        <message>
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by SKU, product or location (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Low or negative only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 lines shown: refine the filter to see the others.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>depot::app::StoreContext</name>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::SupplierDialog</name>
        <message>
            <source>Edit supplier %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::SuppliersPage</name>
        <message>
            <source>Suppliers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New supplier…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::UiText</name>
        <message>
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adjustment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Negative stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a quantity (up to 3 decimals, e.g. 12 or 2,5).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::core::TenantStore</name>
        <message>
            <source>The database is busy or read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The changes could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrading the store to version %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the store %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SQLite driver gives no connection handle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Depot store (or it is damaged): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Depot store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store %1 was written by a newer version of Depot (schema %2, this version understands up to %3). Update Depot to open it; the store was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot configure the store %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A location with code %1 already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The parent location does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This location does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A location cannot be inside itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This supplier does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This product does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record transfers with both locations, as a transfer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A counted quantity cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An adjustment of zero changes nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quantity must be greater than zero (the kind of movement gives the direction).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a currency code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quantity to transfer must be greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A transfer needs two different locations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This movement does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This movement is itself a reversal; record a new movement instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This movement has already been reversed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A movement needs an id, a product, a location and an HLC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The movement refers to an unknown product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The movement refers to an unknown location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The movement reverses an unknown movement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This item was not rejected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent a page older than the one already applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A catalog record needs an id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The field %1 has no HLC stamp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A product needs a SKU and a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A location needs a code and a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A supplier needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown catalog entity "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 is longer than %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 contains control characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The %1 "%2" must not contain spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quantity %1 is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product %1 was merged into another product; record movements on that one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product %1 is archived; restore it before recording movements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location %1 is archived; restore it before recording movements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The barcode %1 already belongs to product %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reorder quantities cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The preferred supplier does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A product with SKU %1 already exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Depot: offline-first stock management.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder holding store.sqlite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name recorded on movements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface language (en, fr).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen to open first (1-9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the store in %1:
%2</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
