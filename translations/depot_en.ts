<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <source>The cryptography library failed to start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not enough memory to protect the password.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompanyProfile</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is damaged. Move it away and sign in again; the store is not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
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
        <name>depot::app::AdminPage</name>
        <message>
            <source>Re&amp;fresh (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This screen needs the server: sign in to your company's server to use it. Everything else works on this computer without it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role does not allow this. Ask an administrator of your company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These screens need the server, and it cannot be reached now (%1). Everything else keeps working on this computer; try again when the network is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate is not the one this computer trusts: nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session with the server has ended. Sign in again to use these screens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refuses your company for now: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Viewer</source>
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
        <message>
            <source>Acknowledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide the selected alerts until their stock changes again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n acknowledged (they come back when their stock changes).</source>
            <translation>
                <numerusform>%n acknowledged (it comes back when its stock changes).</numerusform>
                <numerusform>%n acknowledged (they come back when their stock changes).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show ackno&amp;wledged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Acknowledge (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::AppController</name>
        <message>
            <source>Switch company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Companies of %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asking the server for your companies…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not list your companies (%1). The companies already used on this computer are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each company has its own store on this computer and its own session.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Newer (Ctrl+PgUp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Older (Ctrl+PgDown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No entry here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries %1 to %2, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session ended: a sign-in token was used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes sent (sync)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company status or plan changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplier created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supplier changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::CertificateProbe</name>
        <message>
            <source>no answer from the server</source>
            <translation type="unfinished" />
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
        <name>depot::app::DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 90 days (by week)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months (by month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock value (quantity in stock × cost price)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movements over the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Low stock items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Top movers in the period</source>
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
            <source>Movements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stock with a cost price</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n line(s) in stock have no cost price and are not counted.</source>
            <translation>
                <numerusform>%n line in stock has no cost price and is not counted.</numerusform>
                <numerusform>%n lines in stock have no cost price and are not counted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) at or under the reorder point</source>
            <translation>
                <numerusform>%n item at or under the reorder point</numerusform>
                <numerusform>%n items at or under the reorder point</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) with negative stock</source>
            <translation>
                <numerusform>%n line with negative stock</numerusform>
                <numerusform>%n lines with negative stock</numerusform>
            </translation>
        </message>
        <message>
            <source>(nowhere)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock in (movements)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock out (movements)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfers and counts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::DevicesPage</name>
        <message>
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(unnamed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s off: fix this device's clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke the device %1? Its sessions end at once and it must sign in again to sync. Movements it has not sent yet stay on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The device %1 was revoked.</source>
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
        <name>depot::app::LoginDialog</name>
        <message>
            <source>Sign in to Depot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to your company's Depot server. After one sign-in on this computer, you can also unlock it with your password when the server cannot be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Company:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email or phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>company identifier, e.g. acme-corp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust this server?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This server's certificate is not signed by an authority this computer knows (a self-hosted server). Compare its SHA-256 fingerprint with the one your administrator gives you (depot-server prints it when it starts). Trust it only if they are identical: it will be remembered, and a different certificate will be refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Trust this server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do &amp;not trust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password was set by an administrator: choose your own before going on (at least 10 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Con&amp;firm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hange password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two new passwords differ. Type the same one twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a new password.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::LoginFlow</name>
        <message>
            <source>Enter the server address, for example https://depot.example.com:8443.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server address must start with https:// (Depot only talks to servers over HTTPS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the company identifier (for example acme-corp).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your email address or phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate fingerprint must be a SHA-256 (64 hexadecimal digits, colons allowed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the server: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate is not trusted by this computer. Its SHA-256 fingerprint is %1. Check it with the server's administrator, then give it with --pin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate was not trusted: nothing was sent to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: the server's certificate is not the one this computer trusted (SHA-256 %1). The connection was refused and nothing was sent: someone may be impersonating the server. If its administrator really replaced the certificate, check the new fingerprint with them, then remove the "pin" line from %2 and sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server asks this user to choose a new password first. Sign in once with the window (without --password-stdin) to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password was not changed, so the sign-in was abandoned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changing the password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Offline unlock works only after this user has signed in online once on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached: checking the password on this computer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is wrong (checked on this computer: the server cannot be reached).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlocked offline. %1 Your work is kept and will be sent when the server is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
Where no keychain runs (a server, a script), start Depot with --credential-store file (less safe: see the documentation).</source>
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
        <message>
            <source>S&amp;ync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;in again…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;in to a server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;witch company…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n sync problem(s)</source>
            <translation>
                <numerusform>%n sync problem</numerusform>
                <numerusform>%n sync problems</numerusform>
            </translation>
        </message>
        <message>
            <source>● Local only (not signed in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer works on its local store. Sign in to a server (Depot menu) to share the stock with the other computers; every change is kept until then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Signed out: sign in again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>● Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2, signed in as %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer's clock is %1 minute(s) %2 the server's. Stock counts are ordered by time: set the clock right (date, time and time zone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ahead of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>behind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Depot: new stock alerts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new alert(s) after the sync: see the Alerts screen.</source>
            <translation>
                <numerusform>%n new alert after the sync: see the Alerts screen.</numerusform>
                <numerusform>%n new alerts after the sync: see the Alerts screen.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=4&gt;%1&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 … F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: receipt, issue, loss, return, adjustment, transfer, count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;5*CODE&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: record 5 of the scanned product&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: undo the last entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New product, location or supplier&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sync now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch company&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Settings (language, sync interval, data folder)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::Permissions</name>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read only: your role (%1) can look at the stock but not record movements or counts. Ask an administrator of your company if you need to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role (%1) cannot create or change products, locations or suppliers: ask a manager.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::PlanPage</name>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Professional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enterprise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan and usage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 plan — company %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trial ends on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 movements recorded on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unlimited</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::ProblemsPage</name>
        <message>
            <source>Sync problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync problems (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retry after fixing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movement</source>
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
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync problem: the server accepted everything this computer sent.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The server refused %n item(s). They do not count in the stock meanwhile. Fix the cause (ask an administrator for the permission, create what is missing), then retry; or discard what was a mistake.</source>
            <translation>
                <numerusform>The server refused %n item. It does not count in the stock meanwhile. Fix the cause (ask an administrator for the permission, create what is missing), then retry; or discard what was a mistake.</numerusform>
                <numerusform>The server refused %n items. They do not count in the stock meanwhile. Fix the cause (ask an administrator for the permission, create what is missing), then retry; or discard what was a mistake.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) queued again: they will be sent at the next sync.</source>
            <translation>
                <numerusform>%n item queued again: it will be sent at the next sync.</numerusform>
                <numerusform>%n items queued again: they will be sent at the next sync.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Discard %n refused item(s)? They stay in the journal for the record, but never count in the stock and are never sent again.</source>
            <translation>
                <numerusform>Discard %n refused item? It stays in the journal for the record, but never counts in the stock and is never sent again.</numerusform>
                <numerusform>Discard %n refused items? They stay in the journal for the record, but never count in the stock and are never sent again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) discarded.</source>
            <translation>
                <numerusform>%n item discarded.</numerusform>
                <numerusform>%n items discarded.</numerusform>
            </translation>
        </message>
        <message>
            <source>D&amp;iscard</source>
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
        <message>
            <source>An unknown code cannot be created as a new product from here with your role: ask a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown code %1: nothing recorded. Only a manager can create a product: ask one to add this code, then scan it again.</source>
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
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sync every:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only on demand (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Data folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each company you sign in to keeps its own store in this folder. A new folder is used from the next start; the data already recorded stays in the old one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the data folder %1. Choose another one.</source>
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
        <name>depot::app::SyncWorker</name>
        <message>
            <source>The server refused the new password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::app::TenantsPage</name>
        <message>
            <source>Companies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Companies are managed with a platform administrator's account, separate from your company account. Sign in with it here; the session lasts 15 minutes and is not kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email or phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sign in as platform administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trial ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;uspend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reac&amp;tivate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the platform administrator's email or phone and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a platform administrator's email and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in as a platform administrator to see the companies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first %1 companies are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspend company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivate company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suspend %1 (%2)? Its people can no longer sign in or sync; their computers keep their data and what they have not sent yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivate %1 (%2)? Its people can sign in and sync again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is suspended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is active again.</source>
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
        <name>depot::app::UsersPage</name>
        <message>
            <source>New member</source>
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
            <source>&amp;First name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new person gets a temporary password, shown once, that they change when they first sign in. Someone who already has a Depot account keeps their own password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the person's email or phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users and roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New member… (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;activate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dea&amp;ctivate…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was added as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already has a Depot account and signs in with their own password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give this temporary password to %1 now. It is shown only this once; they choose their own when they first sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New role of %1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivate %1? Their sessions end at once and they can no longer sign in to this company. Their movements stay in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give %1 access to this company again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was deactivated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was reactivated.</source>
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
        <message>
            <source>The server sent a page older than the one already applied.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>depot::sync::SyncEngine</name>
        <message>
            <source>This device is not signed in to the server. Sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered the sign-in without tokens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server answered a push with the wrong number of results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent a catalog record this client cannot read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent a movement this client cannot read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server sent an invalid pull cursor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate is not trusted (%1). Pin its fingerprint or give its CA.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's certificate does not match the pinned fingerprint. The connection was refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the server: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is busy or failing (HTTP %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is busy or failing (HTTP %1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server speaks a newer sync protocol than this version of Depot (%1). Update Depot; your local data and unsent changes are kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 Nothing was lost: %n change(s) wait in the outbox until the account is active again.</source>
            <translation>
                <numerusform>%1 Nothing was lost: %n change waits in the outbox until the account is active again.</numerusform>
                <numerusform>%1 Nothing was lost: %n changes wait in the outbox until the account is active again.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused the credentials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> You can keep working offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server refused the request (HTTP %1).</source>
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
            <source>Interface language (en, fr).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen to open first (1-9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot save the screenshot to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder (each company's store and profile are under it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in to this server (https://host:port).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company identifier (slug) to sign in to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Email or phone to sign in with (with --server); else the name recorded on movements of a local store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the password from the first line of standard input.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust the server certificate with this SHA-256 fingerprint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the session is kept: keychain (default) or file (less safe).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a PNG of the window once the first sync has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit after the screenshot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown language '%1' (use en or fr)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--credential-store must be file or keychain (got '%1')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--server needs %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--%1 is used only with --server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--quit is used only with --screenshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read the password from standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no password on standard input (give it as the first line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sign-in failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first sync failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
