<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CompanyProfile</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>%1 is damaged. Move it away and sign in again; the store is not affected.</source>
            <translation>%1 is damaged. Move it away and sign in again; the store is not affected.</translation>
        </message>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation>Cannot create the data folder %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>The cryptography library failed to start.</source>
            <translation>The cryptography library failed to start.</translation>
        </message>
        <message>
            <source>Not enough memory to protect the password.</source>
            <translation>Not enough memory to protect the password.</translation>
        </message>
    </context>
    <context>
        <name>depot</name>
        <message>
            <source>"%1" is not an ISO 4217 currency code such as EUR or XOF.</source>
            <translation>"%1" is not an ISO 4217 currency code such as EUR or XOF.</translation>
        </message>
        <message>
            <source>Expected an amount and a currency, such as "12.50 EUR".</source>
            <translation>Expected an amount and a currency, such as "12.50 EUR".</translation>
        </message>
        <message>
            <source>"%1" is not a valid number: %2</source>
            <translation>"%1" is not a valid number: %2</translation>
        </message>
        <message>
            <source>A number is required.</source>
            <translation>A number is required.</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>too large</translation>
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
            <translation>digits expected after the decimal separator</translation>
        </message>
        <message>
            <source>unexpected character '%1'</source>
            <translation>unexpected character '%1'</translation>
        </message>
        <message>
            <source>digits expected</source>
            <translation>digits expected</translation>
        </message>
    </context>
    <context>
        <name>depot::app::AdminPage</name>
        <message>
            <source>Re&amp;fresh (F5)</source>
            <translation>Re&amp;fresh (F5)</translation>
        </message>
        <message>
            <source>This screen needs the server: sign in to your company's server to use it. Everything else works on this computer without it.</source>
            <translation>This screen needs the server: sign in to your company's server to use it. Everything else works on this computer without it.</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask an administrator of your company.</source>
            <translation>Your role does not allow this. Ask an administrator of your company.</translation>
        </message>
        <message>
            <source>These screens need the server, and it cannot be reached now (%1). Everything else keeps working on this computer; try again when the network is back.</source>
            <translation>These screens need the server, and it cannot be reached now (%1). Everything else keeps working on this computer; try again when the network is back.</translation>
        </message>
        <message>
            <source>The server's certificate is not the one this computer trusts: nothing was sent.</source>
            <translation>The server's certificate is not the one this computer trusts: nothing was sent.</translation>
        </message>
        <message>
            <source>Your session with the server has ended. Sign in again to use these screens.</source>
            <translation>Your session with the server has ended. Sign in again to use these screens.</translation>
        </message>
        <message>
            <source>The server refuses your company for now: %1</source>
            <translation>The server refuses your company for now: %1</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>The server refused: %1</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Viewer</translation>
        </message>
    </context>
    <context>
        <name>depot::app::AlertsPage</name>
        <message>
            <source>Alerts (%1)</source>
            <translation>Alerts (%1)</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Reorder point</translation>
        </message>
        <message>
            <source>(nowhere)</source>
            <translation>(nowhere)</translation>
        </message>
        <message>
            <source>No alert: no product is below its reorder point or negative.</source>
            <translation>No alert: no product is below its reorder point or negative.</translation>
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
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>Hide the selected alerts until their stock changes again</source>
            <translation>Hide the selected alerts until their stock changes again</translation>
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
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Show ackno&amp;wledged</source>
            <translation>Show ackno&amp;wledged</translation>
        </message>
        <message>
            <source>&amp;Acknowledge (Ctrl+K)</source>
            <translation>&amp;Acknowledge (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>depot::app::AppController</name>
        <message>
            <source>Switch company</source>
            <translation>Switch company</translation>
        </message>
        <message>
            <source>&amp;Companies of %1:</source>
            <translation>&amp;Companies of %1:</translation>
        </message>
        <message>
            <source>Asking the server for your companies…</source>
            <translation>Asking the server for your companies…</translation>
        </message>
        <message>
            <source>The server could not list your companies (%1). The companies already used on this computer are shown.</source>
            <translation>The server could not list your companies (%1). The companies already used on this computer are shown.</translation>
        </message>
        <message>
            <source>Each company has its own store on this computer and its own session.</source>
            <translation>Each company has its own store on this computer and its own session.</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Opening %1…</translation>
        </message>
    </context>
    <context>
        <name>depot::app::AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Newer (Ctrl+PgUp)</source>
            <translation>&amp;Newer (Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>&amp;Older (Ctrl+PgDown)</source>
            <translation>&amp;Older (Ctrl+PgDown)</translation>
        </message>
        <message>
            <source>No entry here.</source>
            <translation>No entry here.</translation>
        </message>
        <message>
            <source>Entries %1 to %2, newest first.</source>
            <translation>Entries %1 to %2, newest first.</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Signed out</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Session ended: a sign-in token was used twice</source>
            <translation>Session ended: a sign-in token was used twice</translation>
        </message>
        <message>
            <source>Device registered</source>
            <translation>Device registered</translation>
        </message>
        <message>
            <source>Device revoked</source>
            <translation>Device revoked</translation>
        </message>
        <message>
            <source>Changes sent (sync)</source>
            <translation>Changes sent (sync)</translation>
        </message>
        <message>
            <source>Company created</source>
            <translation>Company created</translation>
        </message>
        <message>
            <source>Company status or plan changed</source>
            <translation>Company status or plan changed</translation>
        </message>
        <message>
            <source>Member added</source>
            <translation>Member added</translation>
        </message>
        <message>
            <source>Member changed</source>
            <translation>Member changed</translation>
        </message>
        <message>
            <source>Product created</source>
            <translation>Product created</translation>
        </message>
        <message>
            <source>Product changed</source>
            <translation>Product changed</translation>
        </message>
        <message>
            <source>Location created</source>
            <translation>Location created</translation>
        </message>
        <message>
            <source>Location changed</source>
            <translation>Location changed</translation>
        </message>
        <message>
            <source>Supplier created</source>
            <translation>Supplier created</translation>
        </message>
        <message>
            <source>Supplier changed</source>
            <translation>Supplier changed</translation>
        </message>
    </context>
    <context>
        <name>depot::app::CertificateProbe</name>
        <message>
            <source>no answer from the server</source>
            <translation>no answer from the server</translation>
        </message>
    </context>
    <context>
        <name>depot::app::CountPage</name>
        <message>
            <source>Discard this count? Nothing will be posted.</source>
            <translation>Discard this count? Nothing will be posted.</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Stock count</translation>
        </message>
        <message>
            <source>L&amp;ocation to count:</source>
            <translation>L&amp;ocation to count:</translation>
        </message>
        <message>
            <source>&amp;Start count</source>
            <translation>&amp;Start count</translation>
        </message>
        <message>
            <source>S&amp;can each item (or N*CODE), or type the counted quantity in the table:</source>
            <translation>S&amp;can each item (or N*CODE), or type the counted quantity in the table:</translation>
        </message>
        <message>
            <source>&amp;Post count (Ctrl+Enter)</source>
            <translation>&amp;Post count (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Disc&amp;ard</source>
            <translation>Disc&amp;ard</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Counting %1 since %2. Expected quantities are the stock when the count started.</source>
            <translation>Counting %1 since %2. Expected quantities are the stock when the count started.</translation>
        </message>
        <message>
            <source>%1 of %2 products counted, %3 with a difference. Products not counted keep their stock.</source>
            <translation>%1 of %2 products counted, %3 with a difference. Products not counted keep their stock.</translation>
        </message>
        <message>
            <source>Choose a location and start a count.</source>
            <translation>Choose a location and start a count.</translation>
        </message>
        <message>
            <source>Create a location first (Locations screen).</source>
            <translation>Create a location first (Locations screen).</translation>
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
            <translation>Unknown code %1: create the product on the Products screen, then scan it again.</translation>
        </message>
        <message>
            <source>%1 — %2: counted %3</source>
            <translation>%1 — %2: counted %3</translation>
        </message>
        <message>
            <source>Type the counted quantity</source>
            <translation>Type the counted quantity</translation>
        </message>
        <message>
            <source>A counted quantity cannot be negative.</source>
            <translation>A counted quantity cannot be negative.</translation>
        </message>
        <message>
            <source>Count %1</source>
            <translation>Count %1</translation>
        </message>
        <message>
            <source>Nothing was posted: %1 — %2</source>
            <translation>Nothing was posted: %1 — %2</translation>
        </message>
        <message>
            <source>Nothing was posted: %1</source>
            <translation>Nothing was posted: %1</translation>
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
            <translation>Count discarded.</translation>
        </message>
        <message>
            <source>The count could not be saved to %1: %2</source>
            <translation>The count could not be saved to %1: %2</translation>
        </message>
        <message>
            <source>A saved count could not be read and was ignored.</source>
            <translation>A saved count could not be read and was ignored.</translation>
        </message>
        <message>
            <source>The count started on %1 was restored: carry on.</source>
            <translation>The count started on %1 was restored: carry on.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop reading the expected quantities; no count is started</source>
            <translation>Stop reading the expected quantities; no count is started</translation>
        </message>
        <message>
            <source>Reading the stock of %1 to freeze the expected quantities…</source>
            <translation>Reading the stock of %1 to freeze the expected quantities…</translation>
        </message>
        <message>
            <source>Count not started.</source>
            <translation>Count not started.</translation>
        </message>
        <message>
            <source>The count could not start: %1</source>
            <translation>The count could not start: %1</translation>
        </message>
        <message>
            <source>Not counted: the expected quantities are still being read. Scan %1 again once the count has started.</source>
            <translation>Not counted: the expected quantities are still being read. Scan %1 again once the count has started.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Last 7 days</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Last 30 days</translation>
        </message>
        <message>
            <source>Last 90 days (by week)</source>
            <translation>Last 90 days (by week)</translation>
        </message>
        <message>
            <source>Last 12 months (by month)</source>
            <translation>Last 12 months (by month)</translation>
        </message>
        <message>
            <source>Stock value (quantity in stock × cost price)</source>
            <translation>Stock value (quantity in stock × cost price)</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Low stock</translation>
        </message>
        <message>
            <source>Movements over the period</source>
            <translation>Movements over the period</translation>
        </message>
        <message>
            <source>&amp;Low stock items</source>
            <translation>&amp;Low stock items</translation>
        </message>
        <message>
            <source>&amp;Top movers in the period</source>
            <translation>&amp;Top movers in the period</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Reorder point</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>Movements</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>No stock with a cost price</source>
            <translation>No stock with a cost price</translation>
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
            <translation>(nowhere)</translation>
        </message>
        <message>
            <source>Stock in (movements)</source>
            <translation>Stock in (movements)</translation>
        </message>
        <message>
            <source>Stock out (movements)</source>
            <translation>Stock out (movements)</translation>
        </message>
        <message>
            <source>Transfers and counts</source>
            <translation>Transfers and counts</translation>
        </message>
    </context>
    <context>
        <name>depot::app::DevicesPage</name>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>Device id</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Last seen</translation>
        </message>
        <message>
            <source>Last address</source>
            <translation>Last address</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Clock</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>&amp;Revoke…</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(unnamed)</translation>
        </message>
        <message>
            <source>%1 s off: fix this device's clock</source>
            <translation>%1 s off: fix this device's clock</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Revoke device</source>
            <translation>Revoke device</translation>
        </message>
        <message>
            <source>Revoke the device %1? Its sessions end at once and it must sign in again to sync. Movements it has not sent yet stay on it.</source>
            <translation>Revoke the device %1? Its sessions end at once and it must sign in again to sync. Movements it has not sent yet stay on it.</translation>
        </message>
        <message>
            <source>The device %1 was revoked.</source>
            <translation>The device %1 was revoked.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::JournalExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>the folder is not writable</source>
            <translation>the folder is not writable</translation>
        </message>
        <message>
            <source>cannot create the workbook</source>
            <translation>cannot create the workbook</translation>
        </message>
        <message>
            <source>cannot rename %1</source>
            <translation>cannot rename %1</translation>
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
            <translation>Export canceled; no file was written.</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export failed: %1</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Product:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>any date</translation>
        </message>
        <message>
            <source>SKU or barcode</source>
            <translation>SKU or barcode</translation>
        </message>
        <message>
            <source>any user</source>
            <translation>any user</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>Clea&amp;r filters</translation>
        </message>
        <message>
            <source>◀ Pre&amp;vious</source>
            <translation>◀ Pre&amp;vious</translation>
        </message>
        <message>
            <source>Ne&amp;xt ▶</source>
            <translation>Ne&amp;xt ▶</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Reason / reference</source>
            <translation>Reason / reference</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>Unknown product %1</source>
            <translation>Unknown product %1</translation>
        </message>
        <message>
            <source>%1 (reversal)</source>
            <translation>%1 (reversal)</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synced</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
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
            <translation>journal-%1.csv</translation>
        </message>
        <message>
            <source>Export the journal</source>
            <translation>Export the journal</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Exp&amp;ort…</source>
            <translation>Exp&amp;ort…</translation>
        </message>
        <message>
            <source>Export every movement that matches the filters to CSV or Excel (XLSX)</source>
            <translation>Export every movement that matches the filters to CSV or Excel (XLSX)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Rever&amp;se…</source>
            <translation>Rever&amp;se…</translation>
        </message>
        <message>
            <source>Cancel the selected movement by recording the opposite one (the journal is never edited)</source>
            <translation>Cancel the selected movement by recording the opposite one (the journal is never edited)</translation>
        </message>
        <message>
            <source>Reversed from the journal</source>
            <translation>Reversed from the journal</translation>
        </message>
        <message>
            <source>Movement reversed.</source>
            <translation>Movement reversed.</translation>
        </message>
        <message>
            <source>Reverse the selected movement? An opposite movement is recorded; the original stays in the journal.</source>
            <translation>Reverse the selected movement? An opposite movement is recorded; the original stays in the journal.</translation>
        </message>
        <message>
            <source>The journal could not be read: %1</source>
            <translation>The journal could not be read: %1</translation>
        </message>
        <message>
            <source>Reading the journal…</source>
            <translation>Reading the journal…</translation>
        </message>
    </context>
    <context>
        <name>depot::app::LocationDialog</name>
        <message>
            <source>Edit location %1</source>
            <translation>Edit location %1</translation>
        </message>
        <message>
            <source>New location</source>
            <translation>New location</translation>
        </message>
        <message>
            <source>what clerks scan, e.g. SHELF-A1</source>
            <translation>what clerks scan, e.g. SHELF-A1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Inside:</source>
            <translation>&amp;Inside:</translation>
        </message>
    </context>
    <context>
        <name>depot::app::LocationsPage</name>
        <message>
            <source>Locations</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>&amp;New location…</source>
            <translation>&amp;New location…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Inside</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation>&amp;Unarchive</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archive</translation>
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation>Show ar&amp;chived</translation>
        </message>
    </context>
    <context>
        <name>depot::app::LoginDialog</name>
        <message>
            <source>Sign in to Depot</source>
            <translation>Sign in to Depot</translation>
        </message>
        <message>
            <source>Sign in to your company's Depot server. After one sign-in on this computer, you can also unlock it with your password when the server cannot be reached.</source>
            <translation>Sign in to your company's Depot server. After one sign-in on this computer, you can also unlock it with your password when the server cannot be reached.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Company:</source>
            <translation>&amp;Company:</translation>
        </message>
        <message>
            <source>&amp;Email or phone:</source>
            <translation>&amp;Email or phone:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>company identifier, e.g. acme-corp</source>
            <translation>company identifier, e.g. acme-corp</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>Sign &amp;in</translation>
        </message>
        <message>
            <source>Trust this server?</source>
            <translation>Trust this server?</translation>
        </message>
        <message>
            <source>This server's certificate is not signed by an authority this computer knows (a self-hosted server). Compare its SHA-256 fingerprint with the one your administrator gives you (depot-server prints it when it starts). Trust it only if they are identical: it will be remembered, and a different certificate will be refused.</source>
            <translation>This server's certificate is not signed by an authority this computer knows (a self-hosted server). Compare its SHA-256 fingerprint with the one your administrator gives you (depot-server prints it when it starts). Trust it only if they are identical: it will be remembered, and a different certificate will be refused.</translation>
        </message>
        <message>
            <source>&amp;Trust this server</source>
            <translation>&amp;Trust this server</translation>
        </message>
        <message>
            <source>Do &amp;not trust</source>
            <translation>Do &amp;not trust</translation>
        </message>
        <message>
            <source>Choose a new password</source>
            <translation>Choose a new password</translation>
        </message>
        <message>
            <source>Your password was set by an administrator: choose your own before going on (at least 10 characters).</source>
            <translation>Your password was set by an administrator: choose your own before going on (at least 10 characters).</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>Con&amp;firm:</source>
            <translation>Con&amp;firm:</translation>
        </message>
        <message>
            <source>C&amp;hange password</source>
            <translation>C&amp;hange password</translation>
        </message>
        <message>
            <source>The two new passwords differ. Type the same one twice.</source>
            <translation>The two new passwords differ. Type the same one twice.</translation>
        </message>
        <message>
            <source>Type a new password.</source>
            <translation>Type a new password.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::LoginFlow</name>
        <message>
            <source>Enter the server address, for example https://depot.example.com:8443.</source>
            <translation>Enter the server address, for example https://depot.example.com:8443.</translation>
        </message>
        <message>
            <source>The server address must start with https:// (Depot only talks to servers over HTTPS).</source>
            <translation>The server address must start with https:// (Depot only talks to servers over HTTPS).</translation>
        </message>
        <message>
            <source>Enter the company identifier (for example acme-corp).</source>
            <translation>Enter the company identifier (for example acme-corp).</translation>
        </message>
        <message>
            <source>Enter your email address or phone number.</source>
            <translation>Enter your email address or phone number.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>The certificate fingerprint must be a SHA-256 (64 hexadecimal digits, colons allowed).</source>
            <translation>The certificate fingerprint must be a SHA-256 (64 hexadecimal digits, colons allowed).</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Cannot reach the server: %1</source>
            <translation>Cannot reach the server: %1</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted by this computer. Its SHA-256 fingerprint is %1. Check it with the server's administrator, then give it with --pin.</source>
            <translation>The server's certificate is not trusted by this computer. Its SHA-256 fingerprint is %1. Check it with the server's administrator, then give it with --pin.</translation>
        </message>
        <message>
            <source>The server's certificate was not trusted: nothing was sent to it.</source>
            <translation>The server's certificate was not trusted: nothing was sent to it.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <source>Warning: the server's certificate is not the one this computer trusted (SHA-256 %1). The connection was refused and nothing was sent: someone may be impersonating the server. If its administrator really replaced the certificate, check the new fingerprint with them, then remove the "pin" line from %2 and sign in again.</source>
            <translation>Warning: the server's certificate is not the one this computer trusted (SHA-256 %1). The connection was refused and nothing was sent: someone may be impersonating the server. If its administrator really replaced the certificate, check the new fingerprint with them, then remove the "pin" line from %2 and sign in again.</translation>
        </message>
        <message>
            <source>The server asks this user to choose a new password first. Sign in once with the window (without --password-stdin) to change it.</source>
            <translation>The server asks this user to choose a new password first. Sign in once with the window (without --password-stdin) to change it.</translation>
        </message>
        <message>
            <source>The password was not changed, so the sign-in was abandoned.</source>
            <translation>The password was not changed, so the sign-in was abandoned.</translation>
        </message>
        <message>
            <source>Changing the password…</source>
            <translation>Changing the password…</translation>
        </message>
        <message>
            <source>%1
Offline unlock works only after this user has signed in online once on this computer.</source>
            <translation>%1
Offline unlock works only after this user has signed in online once on this computer.</translation>
        </message>
        <message>
            <source>The server cannot be reached: checking the password on this computer…</source>
            <translation>The server cannot be reached: checking the password on this computer…</translation>
        </message>
        <message>
            <source>The password is wrong (checked on this computer: the server cannot be reached).</source>
            <translation>The password is wrong (checked on this computer: the server cannot be reached).</translation>
        </message>
        <message>
            <source>Unlocked offline. %1 Your work is kept and will be sent when the server is back.</source>
            <translation>Unlocked offline. %1 Your work is kept and will be sent when the server is back.</translation>
        </message>
        <message>
            <source>%1
Where no keychain runs (a server, a script), start Depot with --credential-store file (less safe: see the documentation).</source>
            <translation>%1
Where no keychain runs (a server, a script), start Depot with --credential-store file (less safe: see the documentation).</translation>
        </message>
    </context>
    <context>
        <name>depot::app::MainWindow</name>
        <message>
            <source>Depot — %1</source>
            <translation>Depot — %1</translation>
        </message>
        <message>
            <source>&amp;Depot</source>
            <translation>&amp;Depot</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About Depot</source>
            <translation>&amp;About Depot</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>Store: %1</translation>
        </message>
        <message>
            <source>Nothing waiting to sync</source>
            <translation>Nothing waiting to sync</translation>
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
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>About Depot</source>
            <translation>About Depot</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Depot %1&lt;/h3&gt;&lt;p&gt;Offline-first stock management.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Depot %1&lt;/h3&gt;&lt;p&gt;Offline-first stock management.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ync now</translation>
        </message>
        <message>
            <source>Sign &amp;in again…</source>
            <translation>Sign &amp;in again…</translation>
        </message>
        <message>
            <source>Sign &amp;in to a server…</source>
            <translation>Sign &amp;in to a server…</translation>
        </message>
        <message>
            <source>S&amp;witch company…</source>
            <translation>S&amp;witch company…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
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
            <translation>● Local only (not signed in)</translation>
        </message>
        <message>
            <source>This computer works on its local store. Sign in to a server (Depot menu) to share the stock with the other computers; every change is kept until then.</source>
            <translation>This computer works on its local store. Sign in to a server (Depot menu) to share the stock with the other computers; every change is kept until then.</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Never synced</translation>
        </message>
        <message>
            <source>● Syncing…</source>
            <translation>● Syncing…</translation>
        </message>
        <message>
            <source>● Signed out: sign in again</source>
            <translation>● Signed out: sign in again</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
        <message>
            <source>● Offline</source>
            <translation>● Offline</translation>
        </message>
        <message>
            <source>%1 at %2, signed in as %3</source>
            <translation>%1 at %2, signed in as %3</translation>
        </message>
        <message>
            <source>This computer's clock is %1 minute(s) %2 the server's. Stock counts are ordered by time: set the clock right (date, time and time zone).</source>
            <translation>This computer's clock is %1 minute(s) %2 the server's. Stock counts are ordered by time: set the clock right (date, time and time zone).</translation>
        </message>
        <message>
            <source>ahead of</source>
            <translation>ahead of</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>behind</translation>
        </message>
        <message>
            <source>%1 received</source>
            <translation>%1 received</translation>
        </message>
        <message>
            <source>Depot: new stock alerts</source>
            <translation>Depot: new stock alerts</translation>
        </message>
        <message numerus="yes">
            <source>%n new alert(s) after the sync: see the Alerts screen.</source>
            <translation>
                <numerusform>%n new alert after the sync: see the Alerts screen.</numerusform>
                <numerusform>%n new alerts after the sync: see the Alerts screen.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=4&gt;%1&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 … F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: receipt, issue, loss, return, adjustment, transfer, count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;5*CODE&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: record 5 of the scanned product&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: undo the last entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New product, location or supplier&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Alerts: acknowledge the selected alerts&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sync now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch company&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Settings (language, sync interval, data folder)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=4&gt;%1&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 … F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: receipt, issue, loss, return, adjustment, transfer, count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;5*CODE&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: record 5 of the scanned product&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: undo the last entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New product, location or supplier&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Alerts: acknowledge the selected alerts&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sync now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch company&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Settings (language, sync interval, data folder)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>depot::app::Permissions</name>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Read only: your role (%1) can look at the stock but not record movements or counts. Ask an administrator of your company if you need to.</source>
            <translation>Read only: your role (%1) can look at the stock but not record movements or counts. Ask an administrator of your company if you need to.</translation>
        </message>
        <message>
            <source>Your role (%1) cannot create or change products, locations or suppliers: ask a manager.</source>
            <translation>Your role (%1) cannot create or change products, locations or suppliers: ask a manager.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::PlanPage</name>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Trial</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspended</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Starter</source>
            <translation>Starter</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professional</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>Plan and usage</source>
            <translation>Plan and usage</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>%1 plan — company %2</source>
            <translation>%1 plan — company %2</translation>
        </message>
        <message>
            <source>The trial ends on %1.</source>
            <translation>The trial ends on %1.</translation>
        </message>
        <message>
            <source>%1 movements recorded on the server.</source>
            <translation>%1 movements recorded on the server.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unlimited</translation>
        </message>
    </context>
    <context>
        <name>depot::app::ProblemsPage</name>
        <message>
            <source>Sync problems</source>
            <translation>Sync problems</translation>
        </message>
        <message>
            <source>Sync problems (%1)</source>
            <translation>Sync problems (%1)</translation>
        </message>
        <message>
            <source>&amp;Retry after fixing</source>
            <translation>&amp;Retry after fixing</translation>
        </message>
        <message>
            <source>Refused at</source>
            <translation>Refused at</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Movement</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>No sync problem: the server accepted everything this computer sent.</source>
            <translation>No sync problem: the server accepted everything this computer sent.</translation>
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
            <translation>Discard</translation>
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
            <translation>D&amp;iscard</translation>
        </message>
        <message>
            <source>&amp;Open the product</source>
            <translation>&amp;Open the product</translation>
        </message>
        <message>
            <source>Show the product of the selected item on the Products screen (Enter)</source>
            <translation>Show the product of the selected item on the Products screen (Enter)</translation>
        </message>
        <message>
            <source>The selected item is not about a product.</source>
            <translation>The selected item is not about a product.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::ProductDialog</name>
        <message>
            <source>New product</source>
            <translation>New product</translation>
        </message>
        <message>
            <source>The code &lt;b&gt;%1&lt;/b&gt; is not known. Create a product with this barcode?</source>
            <translation>The code &lt;b&gt;%1&lt;/b&gt; is not known. Create a product with this barcode?</translation>
        </message>
        <message>
            <source>Edit product %1</source>
            <translation>Edit product %1</translation>
        </message>
        <message>
            <source>several barcodes separated by spaces</source>
            <translation>several barcodes separated by spaces</translation>
        </message>
        <message>
            <source>no alert</source>
            <translation>no alert</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>&amp;SKU:</source>
            <translation>&amp;SKU:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Barcodes:</source>
            <translation>&amp;Barcodes:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>C&amp;urrency:</translation>
        </message>
        <message>
            <source>Cos&amp;t price:</source>
            <translation>Cos&amp;t price:</translation>
        </message>
        <message>
            <source>Sa&amp;le price:</source>
            <translation>Sa&amp;le price:</translation>
        </message>
        <message>
            <source>&amp;Reorder point:</source>
            <translation>&amp;Reorder point:</translation>
        </message>
        <message>
            <source>Reorder &amp;quantity:</source>
            <translation>Reorder &amp;quantity:</translation>
        </message>
        <message>
            <source>&amp;Preferred supplier:</source>
            <translation>&amp;Preferred supplier:</translation>
        </message>
        <message>
            <source>"%1" is not a price in %2.</source>
            <translation>"%1" is not a price in %2.</translation>
        </message>
        <message>
            <source>"%1" is not a currency code (three letters, e.g. EUR or XOF).</source>
            <translation>"%1" is not a currency code (three letters, e.g. EUR or XOF).</translation>
        </message>
    </context>
    <context>
        <name>depot::app::ProductsPage</name>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Search by name, SKU, barcode or category (Ctrl+F)</source>
            <translation>Search by name, SKU, barcode or category (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;New product…</source>
            <translation>&amp;New product…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Barcodes</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Sale price</source>
            <translation>Sale price</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Reorder point</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
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
            <translation>&amp;Unarchive</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archive</translation>
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation>Show ar&amp;chived</translation>
        </message>
        <message>
            <source>Categor&amp;y:</source>
            <translation>Categor&amp;y:</translation>
        </message>
        <message>
            <source>&amp;Low or negative stock</source>
            <translation>&amp;Low or negative stock</translation>
        </message>
        <message>
            <source>Only the products with a stock alert somewhere (see the Alerts screen)</source>
            <translation>Only the products with a stock alert somewhere (see the Alerts screen)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
    </context>
    <context>
        <name>depot::app::QuickEntryPage</name>
        <message>
            <source>Quick entry</source>
            <translation>Quick entry</translation>
        </message>
        <message>
            <source>&amp;Receipt</source>
            <translation>&amp;Receipt</translation>
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation>&amp;Issue</translation>
        </message>
        <message>
            <source>&amp;Loss</source>
            <translation>&amp;Loss</translation>
        </message>
        <message>
            <source>Re&amp;turn</source>
            <translation>Re&amp;turn</translation>
        </message>
        <message>
            <source>&amp;Adjustment</source>
            <translation>&amp;Adjustment</translation>
        </message>
        <message>
            <source>Trans&amp;fer</source>
            <translation>Trans&amp;fer</translation>
        </message>
        <message>
            <source>&amp;Count</source>
            <translation>&amp;Count</translation>
        </message>
        <message>
            <source>%1 (F%2)</source>
            <translation>%1 (F%2)</translation>
        </message>
        <message>
            <source>L&amp;ocation:</source>
            <translation>L&amp;ocation:</translation>
        </message>
        <message>
            <source>D&amp;estination:</source>
            <translation>D&amp;estination:</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Quantity:</translation>
        </message>
        <message>
            <source>&amp;Scan a location or a product (barcode or SKU), then Enter:</source>
            <translation>&amp;Scan a location or a product (barcode or SKU), then Enter:</translation>
        </message>
        <message>
            <source>e.g. SHELF-A, 3017620422003, 5*3017620422003</source>
            <translation>e.g. SHELF-A, 3017620422003, 5*3017620422003</translation>
        </message>
        <message>
            <source>Scan a location code to select it. "5*CODE" records 5 at once. F2 to F8 choose the kind of movement. Ctrl+Z undoes the last entry.</source>
            <translation>Scan a location code to select it. "5*CODE" records 5 at once. F2 to F8 choose the kind of movement. Ctrl+Z undoes the last entry.</translation>
        </message>
        <message>
            <source>Last entries</source>
            <translation>Last entries</translation>
        </message>
        <message>
            <source>&amp;Undo last (Ctrl+Z)</source>
            <translation>&amp;Undo last (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Stock after</source>
            <translation>Stock after</translation>
        </message>
        <message>
            <source>(choose or scan)</source>
            <translation>(choose or scan)</translation>
        </message>
        <message>
            <source>Mode: %1</source>
            <translation>Mode: %1</translation>
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation>Fr&amp;om:</translation>
        </message>
        <message>
            <source>Counted &amp;quantity:</source>
            <translation>Counted &amp;quantity:</translation>
        </message>
        <message>
            <source>From %1. Now scan the destination location.</source>
            <translation>From %1. Now scan the destination location.</translation>
        </message>
        <message>
            <source>%1 is already the source; scan another location as destination.</source>
            <translation>%1 is already the source; scan another location as destination.</translation>
        </message>
        <message>
            <source>To %1. Now scan the products.</source>
            <translation>To %1. Now scan the products.</translation>
        </message>
        <message>
            <source>Location: %1</source>
            <translation>Location: %1</translation>
        </message>
        <message>
            <source>Unknown code %1.</source>
            <translation>Unknown code %1.</translation>
        </message>
        <message>
            <source>Unknown code %1: nothing recorded.</source>
            <translation>Unknown code %1: nothing recorded.</translation>
        </message>
        <message>
            <source>Scan or choose the source location first.</source>
            <translation>Scan or choose the source location first.</translation>
        </message>
        <message>
            <source>Scan or choose a location first.</source>
            <translation>Scan or choose a location first.</translation>
        </message>
        <message>
            <source>Scan or choose the destination location first.</source>
            <translation>Scan or choose the destination location first.</translation>
        </message>
        <message>
            <source>%1: %2 × %3 at %4 — stock now %5</source>
            <translation>%1: %2 × %3 at %4 — stock now %5</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Nothing to undo.</translation>
        </message>
        <message>
            <source>Undone at entry</source>
            <translation>Undone at entry</translation>
        </message>
        <message>
            <source>Undone: %1 × %2 at %3.</source>
            <translation>Undone: %1 × %2 at %3.</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>%1 (undone)</source>
            <translation>%1 (undone)</translation>
        </message>
        <message>
            <source>An unknown code cannot be created as a new product from here with your role: ask a manager.</source>
            <translation>An unknown code cannot be created as a new product from here with your role: ask a manager.</translation>
        </message>
        <message>
            <source>Unknown code %1: nothing recorded. Only a manager can create a product: ask one to add this code, then scan it again.</source>
            <translation>Unknown code %1: nothing recorded. Only a manager can create a product: ask one to add this code, then scan it again.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>The language changes at once, without restarting Depot.</source>
            <translation>The language changes at once, without restarting Depot.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>&amp;Sync every:</source>
            <translation>&amp;Sync every:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>only on demand (F9)</source>
            <translation>only on demand (F9)</translation>
        </message>
        <message>
            <source>&amp;Data folder:</source>
            <translation>&amp;Data folder:</translation>
        </message>
        <message>
            <source>default</source>
            <translation>default</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Each company you sign in to keeps its own store in this folder. A new folder is used from the next start; the data already recorded stays in the old one.</source>
            <translation>Each company you sign in to keeps its own store in this folder. A new folder is used from the next start; the data already recorded stays in the old one.</translation>
        </message>
        <message>
            <source>Cannot create the data folder %1. Choose another one.</source>
            <translation>Cannot create the data folder %1. Choose another one.</translation>
        </message>
        <message>
            <source>Play a s&amp;ound for each scan (a different one for an error)</source>
            <translation>Play a s&amp;ound for each scan (a different one for an error)</translation>
        </message>
    </context>
    <context>
        <name>depot::app::StockPage</name>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Filter by SKU, product or location (Ctrl+F)</source>
            <translation>Filter by SKU, product or location (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Low or negative only</source>
            <translation>&amp;Low or negative only</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Reorder point</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>%1 of %2 lines shown: refine the filter to see the others.</source>
            <translation>%1 of %2 lines shown: refine the filter to see the others.</translation>
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
            <translation>Cannot create the data folder %1.</translation>
        </message>
        <message>
            <source>Updating this company's local data for this version of Depot…
This happens once. With millions of movements it can take a minute or two; if it is interrupted, nothing is lost and it starts again next time.</source>
            <translation>Updating this company's local data for this version of Depot…
This happens once. With millions of movements it can take a minute or two; if it is interrupted, nothing is lost and it starts again next time.</translation>
        </message>
        <message>
            <source>Depot</source>
            <translation>Depot</translation>
        </message>
    </context>
    <context>
        <name>depot::app::SupplierDialog</name>
        <message>
            <source>Edit supplier %1</source>
            <translation>Edit supplier %1</translation>
        </message>
        <message>
            <source>New supplier</source>
            <translation>New supplier</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
    </context>
    <context>
        <name>depot::app::SuppliersPage</name>
        <message>
            <source>Suppliers</source>
            <translation>Suppliers</translation>
        </message>
        <message>
            <source>&amp;New supplier…</source>
            <translation>&amp;New supplier…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation>&amp;Unarchive</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archive</translation>
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation>Show ar&amp;chived</translation>
        </message>
    </context>
    <context>
        <name>depot::app::SyncWorker</name>
        <message>
            <source>The server refused the new password.</source>
            <translation>The server refused the new password.</translation>
        </message>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation>Cannot create the data folder %1.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::TenantsPage</name>
        <message>
            <source>Companies</source>
            <translation>Companies</translation>
        </message>
        <message>
            <source>Companies are managed with a platform administrator's account, separate from your company account. Sign in with it here; the session lasts 15 minutes and is not kept.</source>
            <translation>Companies are managed with a platform administrator's account, separate from your company account. Sign in with it here; the session lasts 15 minutes and is not kept.</translation>
        </message>
        <message>
            <source>&amp;Email or phone:</source>
            <translation>&amp;Email or phone:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>&amp;Sign in as platform administrator</source>
            <translation>&amp;Sign in as platform administrator</translation>
        </message>
        <message>
            <source>Company id</source>
            <translation>Company id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Trial ends</source>
            <translation>Trial ends</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Devices</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>Movements</translation>
        </message>
        <message>
            <source>S&amp;uspend…</source>
            <translation>S&amp;uspend…</translation>
        </message>
        <message>
            <source>Reac&amp;tivate…</source>
            <translation>Reac&amp;tivate…</translation>
        </message>
        <message>
            <source>Give the platform administrator's email or phone and password.</source>
            <translation>Give the platform administrator's email or phone and password.</translation>
        </message>
        <message>
            <source>This is not a platform administrator's email and password.</source>
            <translation>This is not a platform administrator's email and password.</translation>
        </message>
        <message>
            <source>Sign in as a platform administrator to see the companies.</source>
            <translation>Sign in as a platform administrator to see the companies.</translation>
        </message>
        <message>
            <source>The first %1 companies are shown.</source>
            <translation>The first %1 companies are shown.</translation>
        </message>
        <message>
            <source>Suspend company</source>
            <translation>Suspend company</translation>
        </message>
        <message>
            <source>Reactivate company</source>
            <translation>Reactivate company</translation>
        </message>
        <message>
            <source>Suspend %1 (%2)? Its people can no longer sign in or sync; their computers keep their data and what they have not sent yet.</source>
            <translation>Suspend %1 (%2)? Its people can no longer sign in or sync; their computers keep their data and what they have not sent yet.</translation>
        </message>
        <message>
            <source>Reactivate %1 (%2)? Its people can sign in and sync again.</source>
            <translation>Reactivate %1 (%2)? Its people can sign in and sync again.</translation>
        </message>
        <message>
            <source>%1 is suspended.</source>
            <translation>%1 is suspended.</translation>
        </message>
        <message>
            <source>%1 is active again.</source>
            <translation>%1 is active again.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::UiText</name>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Transfer out</source>
            <translation>Transfer out</translation>
        </message>
        <message>
            <source>Transfer in</source>
            <translation>Transfer in</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Warehouse</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Low stock</translation>
        </message>
        <message>
            <source>Negative stock</source>
            <translation>Negative stock</translation>
        </message>
        <message>
            <source>"%1" is not a quantity (up to 3 decimals, e.g. 12 or 2,5).</source>
            <translation>"%1" is not a quantity (up to 3 decimals, e.g. 12 or 2,5).</translation>
        </message>
    </context>
    <context>
        <name>depot::app::UsersPage</name>
        <message>
            <source>New member</source>
            <translation>New member</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Last name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>A new person gets a temporary password, shown once, that they change when they first sign in. Someone who already has a Depot account keeps their own password.</source>
            <translation>A new person gets a temporary password, shown once, that they change when they first sign in. Someone who already has a Depot account keeps their own password.</translation>
        </message>
        <message>
            <source>Give the person's email or phone number.</source>
            <translation>Give the person's email or phone number.</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Users and roles</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email or phone</source>
            <translation>Email or phone</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>&amp;New member… (Ctrl+N)</source>
            <translation>&amp;New member… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Change &amp;role…</translation>
        </message>
        <message>
            <source>Re&amp;activate…</source>
            <translation>Re&amp;activate…</translation>
        </message>
        <message>
            <source>Dea&amp;ctivate…</source>
            <translation>Dea&amp;ctivate…</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>%1 was added as %2.</source>
            <translation>%1 was added as %2.</translation>
        </message>
        <message>
            <source>%1 already has a Depot account and signs in with their own password.</source>
            <translation>%1 already has a Depot account and signs in with their own password.</translation>
        </message>
        <message>
            <source>Give this temporary password to %1 now. It is shown only this once; they choose their own when they first sign in.</source>
            <translation>Give this temporary password to %1 now. It is shown only this once; they choose their own when they first sign in.</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>New role of %1:</source>
            <translation>New role of %1:</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 is now %2.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Deactivate %1? Their sessions end at once and they can no longer sign in to this company. Their movements stay in the journal.</source>
            <translation>Deactivate %1? Their sessions end at once and they can no longer sign in to this company. Their movements stay in the journal.</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>Give %1 access to this company again?</source>
            <translation>Give %1 access to this company again?</translation>
        </message>
        <message>
            <source>%1 was deactivated.</source>
            <translation>%1 was deactivated.</translation>
        </message>
        <message>
            <source>%1 was reactivated.</source>
            <translation>%1 was reactivated.</translation>
        </message>
    </context>
    <context>
        <name>depot::core::TenantStore</name>
        <message>
            <source>The database is busy or read-only.</source>
            <translation>The database is busy or read-only.</translation>
        </message>
        <message>
            <source>The changes could not be saved: %1</source>
            <translation>The changes could not be saved: %1</translation>
        </message>
        <message>
            <source>Upgrading the store to version %1 failed: %2</source>
            <translation>Upgrading the store to version %1 failed: %2</translation>
        </message>
        <message>
            <source>Cannot open the store %1: %2</source>
            <translation>Cannot open the store %1: %2</translation>
        </message>
        <message>
            <source>The SQLite driver gives no connection handle.</source>
            <translation>The SQLite driver gives no connection handle.</translation>
        </message>
        <message>
            <source>%1 is not a Depot store (or it is damaged): %2</source>
            <translation>%1 is not a Depot store (or it is damaged): %2</translation>
        </message>
        <message>
            <source>%1 is not a Depot store.</source>
            <translation>%1 is not a Depot store.</translation>
        </message>
        <message>
            <source>The store %1 was written by a newer version of Depot (schema %2, this version understands up to %3). Update Depot to open it; the store was not changed.</source>
            <translation>The store %1 was written by a newer version of Depot (schema %2, this version understands up to %3). Update Depot to open it; the store was not changed.</translation>
        </message>
        <message>
            <source>Cannot configure the store %1: %2</source>
            <translation>Cannot configure the store %1: %2</translation>
        </message>
        <message>
            <source>A location with code %1 already exists.</source>
            <translation>A location with code %1 already exists.</translation>
        </message>
        <message>
            <source>The parent location does not exist.</source>
            <translation>The parent location does not exist.</translation>
        </message>
        <message>
            <source>This location does not exist.</source>
            <translation>This location does not exist.</translation>
        </message>
        <message>
            <source>A location cannot be inside itself.</source>
            <translation>A location cannot be inside itself.</translation>
        </message>
        <message>
            <source>This supplier does not exist.</source>
            <translation>This supplier does not exist.</translation>
        </message>
        <message>
            <source>This product does not exist.</source>
            <translation>This product does not exist.</translation>
        </message>
        <message>
            <source>Record transfers with both locations, as a transfer.</source>
            <translation>Record transfers with both locations, as a transfer.</translation>
        </message>
        <message>
            <source>A counted quantity cannot be negative.</source>
            <translation>A counted quantity cannot be negative.</translation>
        </message>
        <message>
            <source>An adjustment of zero changes nothing.</source>
            <translation>An adjustment of zero changes nothing.</translation>
        </message>
        <message>
            <source>The quantity must be greater than zero (the kind of movement gives the direction).</source>
            <translation>The quantity must be greater than zero (the kind of movement gives the direction).</translation>
        </message>
        <message>
            <source>"%1" is not a currency code.</source>
            <translation>"%1" is not a currency code.</translation>
        </message>
        <message>
            <source>The quantity to transfer must be greater than zero.</source>
            <translation>The quantity to transfer must be greater than zero.</translation>
        </message>
        <message>
            <source>A transfer needs two different locations.</source>
            <translation>A transfer needs two different locations.</translation>
        </message>
        <message>
            <source>This movement does not exist.</source>
            <translation>This movement does not exist.</translation>
        </message>
        <message>
            <source>This movement is itself a reversal; record a new movement instead.</source>
            <translation>This movement is itself a reversal; record a new movement instead.</translation>
        </message>
        <message>
            <source>This movement has already been reversed.</source>
            <translation>This movement has already been reversed.</translation>
        </message>
        <message>
            <source>A movement needs an id, a product, a location and an HLC.</source>
            <translation>A movement needs an id, a product, a location and an HLC.</translation>
        </message>
        <message>
            <source>The movement refers to an unknown product.</source>
            <translation>The movement refers to an unknown product.</translation>
        </message>
        <message>
            <source>The movement refers to an unknown location.</source>
            <translation>The movement refers to an unknown location.</translation>
        </message>
        <message>
            <source>The movement reverses an unknown movement.</source>
            <translation>The movement reverses an unknown movement.</translation>
        </message>
        <message>
            <source>This item was not rejected.</source>
            <translation>This item was not rejected.</translation>
        </message>
        <message>
            <source>A catalog record needs an id.</source>
            <translation>A catalog record needs an id.</translation>
        </message>
        <message>
            <source>The field %1 has no HLC stamp.</source>
            <translation>The field %1 has no HLC stamp.</translation>
        </message>
        <message>
            <source>A product needs a SKU and a name.</source>
            <translation>A product needs a SKU and a name.</translation>
        </message>
        <message>
            <source>A location needs a code and a name.</source>
            <translation>A location needs a code and a name.</translation>
        </message>
        <message>
            <source>A supplier needs a name.</source>
            <translation>A supplier needs a name.</translation>
        </message>
        <message>
            <source>Unknown catalog entity "%1".</source>
            <translation>Unknown catalog entity "%1".</translation>
        </message>
        <message>
            <source>Upgrading the store to version %1 failed: broken references in %2</source>
            <translation>Upgrading the store to version %1 failed: broken references in %2</translation>
        </message>
        <message>
            <source>The Qt SQLite driver runs SQLite %1 but Depot is linked with SQLite %2: they must be the same library (build Qt's SQLite driver against the system SQLite). The store was not opened.</source>
            <translation>The Qt SQLite driver runs SQLite %1 but Depot is linked with SQLite %2: they must be the same library (build Qt's SQLite driver against the system SQLite). The store was not opened.</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <source>The %1 is required.</source>
            <translation>The %1 is required.</translation>
        </message>
        <message>
            <source>The %1 is longer than %2 characters.</source>
            <translation>The %1 is longer than %2 characters.</translation>
        </message>
        <message>
            <source>The %1 contains control characters.</source>
            <translation>The %1 contains control characters.</translation>
        </message>
        <message>
            <source>The %1 "%2" must not contain spaces.</source>
            <translation>The %1 "%2" must not contain spaces.</translation>
        </message>
        <message>
            <source>The quantity %1 is too large.</source>
            <translation>The quantity %1 is too large.</translation>
        </message>
        <message>
            <source>A movement with this id is already recorded.</source>
            <translation>A movement with this id is already recorded.</translation>
        </message>
        <message>
            <source>Product %1 was merged into another product; record movements on that one.</source>
            <translation>Product %1 was merged into another product; record movements on that one.</translation>
        </message>
        <message>
            <source>Product %1 is archived; restore it before recording movements.</source>
            <translation>Product %1 is archived; restore it before recording movements.</translation>
        </message>
        <message>
            <source>Location %1 is archived; restore it before recording movements.</source>
            <translation>Location %1 is archived; restore it before recording movements.</translation>
        </message>
        <message>
            <source>The barcode %1 already belongs to product %2.</source>
            <translation>The barcode %1 already belongs to product %2.</translation>
        </message>
        <message>
            <source>Reorder quantities cannot be negative.</source>
            <translation>Reorder quantities cannot be negative.</translation>
        </message>
        <message>
            <source>The preferred supplier does not exist.</source>
            <translation>The preferred supplier does not exist.</translation>
        </message>
        <message>
            <source>A product with SKU %1 already exists.</source>
            <translation>A product with SKU %1 already exists.</translation>
        </message>
        <message>
            <source>The server sent a page older than the one already applied.</source>
            <translation>The server sent a page older than the one already applied.</translation>
        </message>
    </context>
    <context>
        <name>depot::sync::ApiClient</name>
        <message>
            <source>The server answered the sign-in without a token.</source>
            <translation>The server answered the sign-in without a token.</translation>
        </message>
        <message>
            <source>This device is not signed in to the server. Sign in first.</source>
            <translation>This device is not signed in to the server. Sign in first.</translation>
        </message>
        <message>
            <source>The server's certificate is not the trusted one: the connection was refused.</source>
            <translation>The server's certificate is not the trusted one: the connection was refused.</translation>
        </message>
        <message>
            <source>The server cannot be reached: %1</source>
            <translation>The server cannot be reached: %1</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1 and no readable content.</source>
            <translation>The server answered with HTTP %1 and no readable content.</translation>
        </message>
        <message>
            <source>The server refused the request (HTTP %1).</source>
            <translation>The server refused the request (HTTP %1).</translation>
        </message>
        <message>
            <source>The session with the server has ended. Sign in again.</source>
            <translation>The session with the server has ended. Sign in again.</translation>
        </message>
        <message>
            <source>The server address must start with https:// (got '%1'): Depot sends passwords and company data only over TLS. Nothing was sent.</source>
            <translation>The server address must start with https:// (got '%1'): Depot sends passwords and company data only over TLS. Nothing was sent.</translation>
        </message>
    </context>
    <context>
        <name>depot::sync::CredentialStore</name>
        <message>
            <source>Cannot read the credential file %1: %2</source>
            <translation>Cannot read the credential file %1: %2</translation>
        </message>
        <message>
            <source>The credential file %1 is damaged; sign in again.</source>
            <translation>The credential file %1 is damaged; sign in again.</translation>
        </message>
        <message>
            <source>Cannot write the credential file %1: %2</source>
            <translation>Cannot write the credential file %1: %2</translation>
        </message>
        <message>
            <source>The system keychain refused: %1</source>
            <translation>The system keychain refused: %1</translation>
        </message>
    </context>
    <context>
        <name>depot::sync::SyncEngine</name>
        <message>
            <source>This device is not signed in to the server. Sign in first.</source>
            <translation>This device is not signed in to the server. Sign in first.</translation>
        </message>
        <message>
            <source>The server answered the sign-in without tokens.</source>
            <translation>The server answered the sign-in without tokens.</translation>
        </message>
        <message>
            <source>The server answered a push with the wrong number of results.</source>
            <translation>The server answered a push with the wrong number of results.</translation>
        </message>
        <message>
            <source>The server sent a catalog record this client cannot read: %1</source>
            <translation>The server sent a catalog record this client cannot read: %1</translation>
        </message>
        <message>
            <source>The server sent a movement this client cannot read: %1</source>
            <translation>The server sent a movement this client cannot read: %1</translation>
        </message>
        <message>
            <source>The server sent an invalid pull cursor.</source>
            <translation>The server sent an invalid pull cursor.</translation>
        </message>
        <message>
            <source>Cannot reach the server: %1</source>
            <translation>Cannot reach the server: %1</translation>
        </message>
        <message>
            <source>The server is busy or failing (HTTP %1).</source>
            <translation>The server is busy or failing (HTTP %1).</translation>
        </message>
        <message>
            <source>The server is busy or failing (HTTP %1): %2</source>
            <translation>The server is busy or failing (HTTP %1): %2</translation>
        </message>
        <message>
            <source>The server speaks a newer sync protocol than this version of Depot (%1). Update Depot; your local data and unsent changes are kept.</source>
            <translation>The server speaks a newer sync protocol than this version of Depot (%1). Update Depot; your local data and unsent changes are kept.</translation>
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
            <translation>The server refused the credentials.</translation>
        </message>
        <message>
            <source> You can keep working offline.</source>
            <translation> You can keep working offline.</translation>
        </message>
        <message>
            <source>The server refused the request (HTTP %1).</source>
            <translation>The server refused the request (HTTP %1).</translation>
        </message>
        <message>
            <source>The server answered a push with the result of %1 where %2 %3 was expected.</source>
            <translation>The server answered a push with the result of %1 where %2 %3 was expected.</translation>
        </message>
        <message>
            <source> The server presented the certificate with SHA-256 fingerprint %1.</source>
            <translation> The server presented the certificate with SHA-256 fingerprint %1.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted (%1).%2 Pin its fingerprint or give its CA.</source>
            <translation>The server's certificate is not trusted (%1).%2 Pin its fingerprint or give its CA.</translation>
        </message>
        <message>
            <source>The server's certificate does not match the pinned fingerprint.%1 The connection was refused.</source>
            <translation>The server's certificate does not match the pinned fingerprint.%1 The connection was refused.</translation>
        </message>
        <message>
            <source>The server sent a pull page this client cannot read: %1</source>
            <translation>The server sent a pull page this client cannot read: %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Depot: offline-first stock management.</source>
            <translation>Depot: offline-first stock management.</translation>
        </message>
        <message>
            <source>Interface language (en, fr).</source>
            <translation>Interface language (en, fr).</translation>
        </message>
        <message>
            <source>Screen to open first (1-9).</source>
            <translation>Screen to open first (1-9).</translation>
        </message>
        <message>
            <source>cannot save the screenshot to %1</source>
            <translation>cannot save the screenshot to %1</translation>
        </message>
        <message>
            <source>Data folder (each company's store and profile are under it).</source>
            <translation>Data folder (each company's store and profile are under it).</translation>
        </message>
        <message>
            <source>Sign in to this server (https://host:port).</source>
            <translation>Sign in to this server (https://host:port).</translation>
        </message>
        <message>
            <source>Company identifier (slug) to sign in to.</source>
            <translation>Company identifier (slug) to sign in to.</translation>
        </message>
        <message>
            <source>Email or phone to sign in with (with --server); else the name recorded on movements of a local store.</source>
            <translation>Email or phone to sign in with (with --server); else the name recorded on movements of a local store.</translation>
        </message>
        <message>
            <source>Read the password from the first line of standard input.</source>
            <translation>Read the password from the first line of standard input.</translation>
        </message>
        <message>
            <source>Trust the server certificate with this SHA-256 fingerprint.</source>
            <translation>Trust the server certificate with this SHA-256 fingerprint.</translation>
        </message>
        <message>
            <source>Where the session is kept: keychain (default) or file (less safe).</source>
            <translation>Where the session is kept: keychain (default) or file (less safe).</translation>
        </message>
        <message>
            <source>Save a PNG of the window once the first sync has finished.</source>
            <translation>Save a PNG of the window once the first sync has finished.</translation>
        </message>
        <message>
            <source>Quit after the screenshot.</source>
            <translation>Quit after the screenshot.</translation>
        </message>
        <message>
            <source>unknown language '%1' (use en or fr)</source>
            <translation>unknown language '%1' (use en or fr)</translation>
        </message>
        <message>
            <source>--credential-store must be file or keychain (got '%1')</source>
            <translation>--credential-store must be file or keychain (got '%1')</translation>
        </message>
        <message>
            <source>--server needs %1</source>
            <translation>--server needs %1</translation>
        </message>
        <message>
            <source>--%1 is used only with --server</source>
            <translation>--%1 is used only with --server</translation>
        </message>
        <message>
            <source>--quit is used only with --screenshot</source>
            <translation>--quit is used only with --screenshot</translation>
        </message>
        <message>
            <source>cannot read the password from standard input</source>
            <translation>cannot read the password from standard input</translation>
        </message>
        <message>
            <source>no password on standard input (give it as the first line)</source>
            <translation>no password on standard input (give it as the first line)</translation>
        </message>
        <message>
            <source>sign-in failed: %1</source>
            <translation>sign-in failed: %1</translation>
        </message>
        <message>
            <source>first sync failed: %1</source>
            <translation>first sync failed: %1</translation>
        </message>
    </context>
</TS>
