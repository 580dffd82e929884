<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>depot</name>
        <message>
            <source>"%1" is not an ISO 4217 currency code such as EUR or XOF.</source>
            <translation>« %1 » n’est pas un code de devise ISO 4217 comme EUR ou XOF.</translation>
        </message>
        <message>
            <source>Expected an amount and a currency, such as "12.50 EUR".</source>
            <translation>Un montant et une devise sont attendus, comme « 12,50 EUR ».</translation>
        </message>
        <message>
            <source>"%1" is not a valid number: %2</source>
            <translation>« %1 » n’est pas un nombre valide : %2</translation>
        </message>
        <message>
            <source>A number is required.</source>
            <translation>Un nombre est requis.</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>trop grand</translation>
        </message>
        <message numerus="yes">
            <source>at most %n decimal(s) allowed</source>
            <translation>
                <numerusform>%n décimale au plus</numerusform>
                <numerusform>%n décimales au plus</numerusform>
            </translation>
        </message>
        <message>
            <source>digits expected after the decimal separator</source>
            <translation>chiffres attendus après le séparateur décimal</translation>
        </message>
        <message>
            <source>unexpected character '%1'</source>
            <translation>caractère inattendu « %1 »</translation>
        </message>
        <message>
            <source>digits expected</source>
            <translation>chiffres attendus</translation>
        </message>
    </context>
    <context>
        <name>depot::app::AlertsPage</name>
        <message>
            <source>Alerts (%1)</source>
            <translation>Alertes (%1)</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Seuil de réappro.</translation>
        </message>
        <message>
            <source>(nowhere)</source>
            <translation>(nulle part)</translation>
        </message>
        <message>
            <source>No alert: no product is below its reorder point or negative.</source>
            <translation>Aucune alerte : aucun produit n’est sous son seuil de réapprovisionnement ni en stock négatif.</translation>
        </message>
        <message numerus="yes">
            <source>%n alert(s). Negative stock means movements are missing or wrong: check the journal or count the location.</source>
            <translation>
                <numerusform>%n alerte. Un stock négatif signifie que des mouvements manquent ou sont faux : vérifiez le journal ou faites l’inventaire de l’emplacement.</numerusform>
                <numerusform>%n alertes. Un stock négatif signifie que des mouvements manquent ou sont faux : vérifiez le journal ou faites l’inventaire de l’emplacement.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>depot::app::CountPage</name>
        <message>
            <source>Discard this count? Nothing will be posted.</source>
            <translation>Abandonner cet inventaire ? Rien ne sera enregistré.</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Inventaire</translation>
        </message>
        <message>
            <source>L&amp;ocation to count:</source>
            <translation>&amp;Emplacement à inventorier :</translation>
        </message>
        <message>
            <source>&amp;Start count</source>
            <translation>&amp;Commencer l’inventaire</translation>
        </message>
        <message>
            <source>S&amp;can each item (or N*CODE), or type the counted quantity in the table:</source>
            <translation>Scanne&amp;z chaque article (ou N*CODE), ou saisissez la quantité comptée dans le tableau :</translation>
        </message>
        <message>
            <source>&amp;Post count (Ctrl+Enter)</source>
            <translation>&amp;Valider l’inventaire (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Disc&amp;ard</source>
            <translation>A&amp;bandonner</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Counting %1 since %2. Expected quantities are the stock when the count started.</source>
            <translation>Inventaire de %1 depuis le %2. Les quantités attendues sont le stock au début de l’inventaire.</translation>
        </message>
        <message>
            <source>%1 of %2 products counted, %3 with a difference. Products not counted keep their stock.</source>
            <translation>%1 produits comptés sur %2, dont %3 avec un écart. Les produits non comptés gardent leur stock.</translation>
        </message>
        <message>
            <source>Choose a location and start a count.</source>
            <translation>Choisissez un emplacement et commencez l’inventaire.</translation>
        </message>
        <message>
            <source>Create a location first (Locations screen).</source>
            <translation>Créez d’abord un emplacement (écran Emplacements).</translation>
        </message>
        <message numerus="yes">
            <source>Count started: %n product(s) expected here.</source>
            <translation>
                <numerusform>Inventaire commencé : %n produit attendu ici.</numerusform>
                <numerusform>Inventaire commencé : %n produits attendus ici.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unknown code %1: create the product on the Products screen, then scan it again.</source>
            <translation>Code inconnu %1 : créez le produit dans l’écran Produits, puis scannez-le à nouveau.</translation>
        </message>
        <message>
            <source>%1 — %2: counted %3</source>
            <translation>%1 — %2 : compté %3</translation>
        </message>
        <message>
            <source>Type the counted quantity</source>
            <translation>Saisissez la quantité comptée</translation>
        </message>
        <message>
            <source>A counted quantity cannot be negative.</source>
            <translation>Une quantité comptée ne peut pas être négative.</translation>
        </message>
        <message>
            <source>Count %1</source>
            <translation>Inventaire %1</translation>
        </message>
        <message>
            <source>Nothing was posted: %1 — %2</source>
            <translation>Rien n’a été enregistré : %1 — %2</translation>
        </message>
        <message>
            <source>Nothing was posted: %1</source>
            <translation>Rien n’a été enregistré : %1</translation>
        </message>
        <message numerus="yes">
            <source>Count posted: %n product(s) updated.</source>
            <translation>
                <numerusform>Inventaire validé : %n produit mis à jour.</numerusform>
                <numerusform>Inventaire validé : %n produits mis à jour.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Post the count of %n product(s)? Their stock becomes the counted quantity.</source>
            <translation>
                <numerusform>Valider l’inventaire de %n produit ? Son stock devient la quantité comptée.</numerusform>
                <numerusform>Valider l’inventaire de %n produits ? Leur stock devient la quantité comptée.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count discarded.</source>
            <translation>Inventaire abandonné.</translation>
        </message>
        <message>
            <source>The count could not be saved to %1: %2</source>
            <translation>L’inventaire n’a pas pu être enregistré dans %1 : %2</translation>
        </message>
        <message>
            <source>A saved count could not be read and was ignored.</source>
            <translation>Un inventaire enregistré n’a pas pu être lu et a été ignoré.</translation>
        </message>
        <message>
            <source>The count started on %1 was restored: carry on.</source>
            <translation>L’inventaire commencé le %1 a été restauré : continuez.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::JournalExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>the folder is not writable</source>
            <translation>le dossier n’est pas accessible en écriture</translation>
        </message>
        <message>
            <source>cannot create the workbook</source>
            <translation>impossible de créer le classeur</translation>
        </message>
        <message>
            <source>cannot rename %1</source>
            <translation>impossible de renommer %1</translation>
        </message>
    </context>
    <context>
        <name>depot::app::JournalPage</name>
        <message numerus="yes">
            <source>%n movement(s) exported to %1.</source>
            <translation>
                <numerusform>%n mouvement exporté vers %1.</numerusform>
                <numerusform>%n mouvements exportés vers %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export canceled; no file was written.</source>
            <translation>Export annulé ; aucun fichier n’a été écrit.</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Échec de l’export : %1</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>Dé&amp;but :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Fin :</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>&amp;Produit :</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Emplacement :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>toute date</translation>
        </message>
        <message>
            <source>SKU or barcode</source>
            <translation>référence ou code-barres</translation>
        </message>
        <message>
            <source>any user</source>
            <translation>tout utilisateur</translation>
        </message>
        <message>
            <source>Clea&amp;r filters</source>
            <translation>Effacer les filt&amp;res</translation>
        </message>
        <message>
            <source>◀ Pre&amp;vious</source>
            <translation>◀ Pré&amp;cédente</translation>
        </message>
        <message>
            <source>Ne&amp;xt ▶</source>
            <translation>Sui&amp;vante ▶</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Reason / reference</source>
            <translation>Motif / référence</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchro</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>Tous les emplacements</translation>
        </message>
        <message>
            <source>Unknown product %1</source>
            <translation>Produit inconnu %1</translation>
        </message>
        <message>
            <source>%1 (reversal)</source>
            <translation>%1 (annulation)</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synchronisé</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message numerus="yes">
            <source>Page %1 of %2 — %n movement(s)</source>
            <translation>
                <numerusform>Page %1 sur %2 — %n mouvement</numerusform>
                <numerusform>Page %1 sur %2 — %n mouvements</numerusform>
            </translation>
        </message>
        <message>
            <source>journal-%1.csv</source>
            <translation>journal-%1.csv</translation>
        </message>
        <message>
            <source>Export the journal</source>
            <translation>Exporter le journal</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Export en cours…</translation>
        </message>
        <message>
            <source>Exp&amp;ort…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Export every movement that matches the filters to CSV or Excel (XLSX)</source>
            <translation>Exporter tous les mouvements qui correspondent aux filtres en CSV ou Excel (XLSX)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Rever&amp;se…</source>
            <translation>Annu&amp;ler le mouvement…</translation>
        </message>
        <message>
            <source>Cancel the selected movement by recording the opposite one (the journal is never edited)</source>
            <translation>Annuler le mouvement choisi en enregistrant le mouvement inverse (le journal n’est jamais modifié)</translation>
        </message>
        <message>
            <source>Reversed from the journal</source>
            <translation>Annulé depuis le journal</translation>
        </message>
        <message>
            <source>Movement reversed.</source>
            <translation>Mouvement annulé.</translation>
        </message>
        <message>
            <source>Reverse the selected movement? An opposite movement is recorded; the original stays in the journal.</source>
            <translation>Annuler le mouvement choisi ? Un mouvement inverse est enregistré ; l’original reste dans le journal.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::LocationDialog</name>
        <message>
            <source>Edit location %1</source>
            <translation>Modifier l’emplacement %1</translation>
        </message>
        <message>
            <source>New location</source>
            <translation>Nouvel emplacement</translation>
        </message>
        <message>
            <source>what clerks scan, e.g. SHELF-A1</source>
            <translation>ce que scannent les magasiniers, p. ex. RAYON-A1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;Inside:</source>
            <translation>&amp;Dans :</translation>
        </message>
    </context>
    <context>
        <name>depot::app::LocationsPage</name>
        <message>
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>&amp;New location…</source>
            <translation>&amp;Nouvel emplacement…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Dans</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation>Désarchi&amp;ver</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>Archi&amp;ver</translation>
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation>Afficher les arc&amp;hivés</translation>
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
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About Depot</source>
            <translation>&amp;À propos de Depot</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>Base : %1</translation>
        </message>
        <message>
            <source>Nothing waiting to sync</source>
            <translation>Rien en attente de synchronisation</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to sync</source>
            <translation>
                <numerusform>%n modification en attente de synchronisation</numerusform>
                <numerusform>%n modifications en attente de synchronisation</numerusform>
            </translation>
        </message>
        <message>
            <source>● Offline (not connected)</source>
            <translation>● Hors ligne (non connecté)</translation>
        </message>
        <message>
            <source>This computer works on its local store. Synchronisation with a server is not available yet; every change is kept and will be sent once it is.</source>
            <translation>Cet ordinateur travaille sur sa base locale. La synchronisation avec un serveur n’est pas encore disponible ; chaque modification est conservée et sera envoyée dès qu’elle le sera.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=4&gt;%1&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 … F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: receipt, issue, loss, return, adjustment, transfer, count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;5*CODE&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: record 5 of the scanned product&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: undo the last entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New product, location or supplier&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Settings (language)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;h3&gt;Raccourcis clavier&lt;/h3&gt;&lt;table cellspacing=4&gt;%1&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 … F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Saisie rapide : réception, sortie, perte, retour, ajustement, transfert, inventaire&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;5*CODE&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Saisie rapide : enregistrer 5 du produit scanné&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Saisie rapide : annuler la dernière saisie&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nouveau produit, emplacement ou fournisseur&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rechercher&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Paramètres (langue)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>About Depot</source>
            <translation>À propos de Depot</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Depot %1&lt;/h3&gt;&lt;p&gt;Offline-first stock management.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Depot %1&lt;/h3&gt;&lt;p&gt;Gestion de stock qui fonctionne hors ligne.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>depot::app::ProductDialog</name>
        <message>
            <source>New product</source>
            <translation>Nouveau produit</translation>
        </message>
        <message>
            <source>The code &lt;b&gt;%1&lt;/b&gt; is not known. Create a product with this barcode?</source>
            <translation>Le code &lt;b&gt;%1&lt;/b&gt; est inconnu. Créer un produit avec ce code-barres ?</translation>
        </message>
        <message>
            <source>Edit product %1</source>
            <translation>Modifier le produit %1</translation>
        </message>
        <message>
            <source>several barcodes separated by spaces</source>
            <translation>plusieurs codes-barres séparés par des espaces</translation>
        </message>
        <message>
            <source>no alert</source>
            <translation>pas d’alerte</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>&amp;SKU:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Barcodes:</source>
            <translation>Codes-&amp;barres :</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unité :</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Devise :</translation>
        </message>
        <message>
            <source>Cos&amp;t price:</source>
            <translation>Prix de re&amp;vient :</translation>
        </message>
        <message>
            <source>Sa&amp;le price:</source>
            <translation>Prix de vent&amp;e :</translation>
        </message>
        <message>
            <source>&amp;Reorder point:</source>
            <translation>&amp;Seuil de réapprovisionnement :</translation>
        </message>
        <message>
            <source>Reorder &amp;quantity:</source>
            <translation>&amp;Quantité à commander :</translation>
        </message>
        <message>
            <source>&amp;Preferred supplier:</source>
            <translation>&amp;Fournisseur habituel :</translation>
        </message>
        <message>
            <source>"%1" is not a price in %2.</source>
            <translation>« %1 » n’est pas un prix en %2.</translation>
        </message>
        <message>
            <source>"%1" is not a currency code (three letters, e.g. EUR or XOF).</source>
            <translation>« %1 » n’est pas un code de devise (trois lettres, p. ex. EUR ou XOF).</translation>
        </message>
    </context>
    <context>
        <name>depot::app::ProductsPage</name>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Search by name, SKU, barcode or category (Ctrl+F)</source>
            <translation>Rechercher par nom, référence, code-barres ou catégorie (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;New product…</source>
            <translation>&amp;Nouveau produit…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Codes-barres</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Sale price</source>
            <translation>Prix de vente</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Seuil de réappro.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n produit</numerusform>
                <numerusform>%n produits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 shown of %n product(s)</source>
            <translation>
                <numerusform>%1 affiché sur %n produit</numerusform>
                <numerusform>%1 affichés sur %n produits</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation>Désarchi&amp;ver</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>Archi&amp;ver</translation>
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation>Afficher les arc&amp;hivés</translation>
        </message>
    </context>
    <context>
        <name>depot::app::QuickEntryPage</name>
        <message>
            <source>Quick entry</source>
            <translation>Saisie rapide</translation>
        </message>
        <message>
            <source>&amp;Receipt</source>
            <translation>&amp;Réception</translation>
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation>&amp;Sortie</translation>
        </message>
        <message>
            <source>&amp;Loss</source>
            <translation>&amp;Perte</translation>
        </message>
        <message>
            <source>Re&amp;turn</source>
            <translation>Re&amp;tour</translation>
        </message>
        <message>
            <source>&amp;Adjustment</source>
            <translation>A&amp;justement</translation>
        </message>
        <message>
            <source>Trans&amp;fer</source>
            <translation>Trans&amp;fert</translation>
        </message>
        <message>
            <source>&amp;Count</source>
            <translation>&amp;Inventaire</translation>
        </message>
        <message>
            <source>%1 (F%2)</source>
            <translation>%1 (F%2)</translation>
        </message>
        <message>
            <source>L&amp;ocation:</source>
            <translation>&amp;Emplacement :</translation>
        </message>
        <message>
            <source>D&amp;estination:</source>
            <translation>Desti&amp;nation :</translation>
        </message>
        <message>
            <source>&amp;Quantity:</source>
            <translation>&amp;Quantité :</translation>
        </message>
        <message>
            <source>&amp;Scan a location or a product (barcode or SKU), then Enter:</source>
            <translation>Scanne&amp;z un emplacement ou un produit (code-barres ou référence), puis Entrée :</translation>
        </message>
        <message>
            <source>e.g. SHELF-A, 3017620422003, 5*3017620422003</source>
            <translation>p. ex. RAYON-A, 3017620422003, 5*3017620422003</translation>
        </message>
        <message>
            <source>Scan a location code to select it. "5*CODE" records 5 at once. F2 to F8 choose the kind of movement. Ctrl+Z undoes the last entry.</source>
            <translation>Scannez le code d’un emplacement pour le choisir. « 5*CODE » enregistre 5 d’un coup. F2 à F8 choisissent le type de mouvement. Ctrl+Z annule la dernière saisie.</translation>
        </message>
        <message>
            <source>Last entries</source>
            <translation>Dernières saisies</translation>
        </message>
        <message>
            <source>&amp;Undo last (Ctrl+Z)</source>
            <translation>Ann&amp;uler la dernière (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Stock after</source>
            <translation>Stock après</translation>
        </message>
        <message>
            <source>(choose or scan)</source>
            <translation>(choisir ou scanner)</translation>
        </message>
        <message>
            <source>Mode: %1</source>
            <translation>Mode : %1</translation>
        </message>
        <message>
            <source>Fr&amp;om:</source>
            <translation>&amp;Origine :</translation>
        </message>
        <message>
            <source>Counted &amp;quantity:</source>
            <translation>Quantité &amp;comptée :</translation>
        </message>
        <message>
            <source>From %1. Now scan the destination location.</source>
            <translation>Depuis %1. Scannez maintenant l’emplacement de destination.</translation>
        </message>
        <message>
            <source>%1 is already the source; scan another location as destination.</source>
            <translation>%1 est déjà l’origine ; scannez un autre emplacement comme destination.</translation>
        </message>
        <message>
            <source>To %1. Now scan the products.</source>
            <translation>Vers %1. Scannez maintenant les produits.</translation>
        </message>
        <message>
            <source>Location: %1</source>
            <translation>Emplacement : %1</translation>
        </message>
        <message>
            <source>Unknown code %1.</source>
            <translation>Code inconnu %1.</translation>
        </message>
        <message>
            <source>Unknown code %1: nothing recorded.</source>
            <translation>Code inconnu %1 : rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Scan or choose the source location first.</source>
            <translation>Scannez ou choisissez d’abord l’emplacement d’origine.</translation>
        </message>
        <message>
            <source>Scan or choose a location first.</source>
            <translation>Scannez ou choisissez d’abord un emplacement.</translation>
        </message>
        <message>
            <source>Scan or choose the destination location first.</source>
            <translation>Scannez ou choisissez d’abord l’emplacement de destination.</translation>
        </message>
        <message>
            <source>%1: %2 × %3 at %4 — stock now %5</source>
            <translation>%1 : %2 × %3 à %4 — stock maintenant %5</translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Rien à annuler.</translation>
        </message>
        <message>
            <source>Undone at entry</source>
            <translation>Annulé à la saisie</translation>
        </message>
        <message>
            <source>Undone: %1 × %2 at %3.</source>
            <translation>Annulé : %1 × %2 à %3.</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfert</translation>
        </message>
        <message>
            <source>%1 (undone)</source>
            <translation>%1 (annulé)</translation>
        </message>
    </context>
    <context>
        <name>depot::app::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>The language changes at once, without restarting Depot.</source>
            <translation>La langue change immédiatement, sans redémarrer Depot.</translation>
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
            <translation>Filtrer par référence, produit ou emplacement (Ctrl+F)</translation>
        </message>
        <message>
            <source>&amp;Low or negative only</source>
            <translation>Stock &amp;bas ou négatif seulement</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Seuil de réappro.</translation>
        </message>
        <message>
            <source>All locations</source>
            <translation>Tous les emplacements</translation>
        </message>
        <message>
            <source>%1 of %2 lines shown: refine the filter to see the others.</source>
            <translation>%1 lignes affichées sur %2 : affinez le filtre pour voir les autres.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>depot::app::StoreContext</name>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation>Impossible de créer le dossier de données %1.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::SupplierDialog</name>
        <message>
            <source>Edit supplier %1</source>
            <translation>Modifier le fournisseur %1</translation>
        </message>
        <message>
            <source>New supplier</source>
            <translation>Nouveau fournisseur</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
    </context>
    <context>
        <name>depot::app::SuppliersPage</name>
        <message>
            <source>Suppliers</source>
            <translation>Fournisseurs</translation>
        </message>
        <message>
            <source>&amp;New supplier…</source>
            <translation>&amp;Nouveau fournisseur…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>&amp;Unarchive</source>
            <translation>Désarchi&amp;ver</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>Archi&amp;ver</translation>
        </message>
        <message>
            <source>Show ar&amp;chived</source>
            <translation>Afficher les arc&amp;hivés</translation>
        </message>
    </context>
    <context>
        <name>depot::app::UiText</name>
        <message>
            <source>Receipt</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Ajustement</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Transfer out</source>
            <translation>Transfert sortant</translation>
        </message>
        <message>
            <source>Transfer in</source>
            <translation>Transfert entrant</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Inventaire</translation>
        </message>
        <message>
            <source>Warehouse</source>
            <translation>Entrepôt</translation>
        </message>
        <message>
            <source>Shop</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Stock bas</translation>
        </message>
        <message>
            <source>Negative stock</source>
            <translation>Stock négatif</translation>
        </message>
        <message>
            <source>"%1" is not a quantity (up to 3 decimals, e.g. 12 or 2,5).</source>
            <translation>« %1 » n’est pas une quantité (3 décimales au plus, p. ex. 12 ou 2,5).</translation>
        </message>
    </context>
    <context>
        <name>depot::core::TenantStore</name>
        <message>
            <source>The database is busy or read-only.</source>
            <translation>La base de données est occupée ou en lecture seule.</translation>
        </message>
        <message>
            <source>The changes could not be saved: %1</source>
            <translation>Les modifications n’ont pas pu être enregistrées : %1</translation>
        </message>
        <message>
            <source>Upgrading the store to version %1 failed: %2</source>
            <translation>La mise à niveau de la base vers la version %1 a échoué : %2</translation>
        </message>
        <message>
            <source>Cannot open the store %1: %2</source>
            <translation>Impossible d’ouvrir la base %1 : %2</translation>
        </message>
        <message>
            <source>The SQLite driver gives no connection handle.</source>
            <translation>Le pilote SQLite ne fournit pas de connexion.</translation>
        </message>
        <message>
            <source>%1 is not a Depot store (or it is damaged): %2</source>
            <translation>%1 n’est pas une base Depot (ou elle est endommagée) : %2</translation>
        </message>
        <message>
            <source>%1 is not a Depot store.</source>
            <translation>%1 n’est pas une base Depot.</translation>
        </message>
        <message>
            <source>The store %1 was written by a newer version of Depot (schema %2, this version understands up to %3). Update Depot to open it; the store was not changed.</source>
            <translation>La base %1 a été écrite par une version plus récente de Depot (schéma %2, cette version comprend jusqu’au %3). Mettez Depot à jour pour l’ouvrir ; la base n’a pas été modifiée.</translation>
        </message>
        <message>
            <source>Cannot configure the store %1: %2</source>
            <translation>Impossible de configurer la base %1 : %2</translation>
        </message>
        <message>
            <source>A location with code %1 already exists.</source>
            <translation>Un emplacement de code %1 existe déjà.</translation>
        </message>
        <message>
            <source>The parent location does not exist.</source>
            <translation>L’emplacement parent n’existe pas.</translation>
        </message>
        <message>
            <source>This location does not exist.</source>
            <translation>Cet emplacement n’existe pas.</translation>
        </message>
        <message>
            <source>A location cannot be inside itself.</source>
            <translation>Un emplacement ne peut pas être dans lui-même.</translation>
        </message>
        <message>
            <source>This supplier does not exist.</source>
            <translation>Ce fournisseur n’existe pas.</translation>
        </message>
        <message>
            <source>This product does not exist.</source>
            <translation>Ce produit n’existe pas.</translation>
        </message>
        <message>
            <source>Record transfers with both locations, as a transfer.</source>
            <translation>Enregistrez les transferts avec les deux emplacements, comme transfert.</translation>
        </message>
        <message>
            <source>A counted quantity cannot be negative.</source>
            <translation>Une quantité comptée ne peut pas être négative.</translation>
        </message>
        <message>
            <source>An adjustment of zero changes nothing.</source>
            <translation>Un ajustement de zéro ne change rien.</translation>
        </message>
        <message>
            <source>The quantity must be greater than zero (the kind of movement gives the direction).</source>
            <translation>La quantité doit être supérieure à zéro (le type de mouvement donne le sens).</translation>
        </message>
        <message>
            <source>"%1" is not a currency code.</source>
            <translation>« %1 » n’est pas un code de devise.</translation>
        </message>
        <message>
            <source>The quantity to transfer must be greater than zero.</source>
            <translation>La quantité à transférer doit être supérieure à zéro.</translation>
        </message>
        <message>
            <source>A transfer needs two different locations.</source>
            <translation>Un transfert nécessite deux emplacements différents.</translation>
        </message>
        <message>
            <source>This movement does not exist.</source>
            <translation>Ce mouvement n’existe pas.</translation>
        </message>
        <message>
            <source>This movement is itself a reversal; record a new movement instead.</source>
            <translation>Ce mouvement est lui-même une annulation ; enregistrez plutôt un nouveau mouvement.</translation>
        </message>
        <message>
            <source>This movement has already been reversed.</source>
            <translation>Ce mouvement a déjà été annulé.</translation>
        </message>
        <message>
            <source>A movement needs an id, a product, a location and an HLC.</source>
            <translation>Un mouvement nécessite un identifiant, un produit, un emplacement et une HLC.</translation>
        </message>
        <message>
            <source>The movement refers to an unknown product.</source>
            <translation>Le mouvement fait référence à un produit inconnu.</translation>
        </message>
        <message>
            <source>The movement refers to an unknown location.</source>
            <translation>Le mouvement fait référence à un emplacement inconnu.</translation>
        </message>
        <message>
            <source>The movement reverses an unknown movement.</source>
            <translation>Le mouvement annule un mouvement inconnu.</translation>
        </message>
        <message>
            <source>This item was not rejected.</source>
            <translation>Cet élément n’a pas été rejeté.</translation>
        </message>
        <message>
            <source>The server sent a page older than the one already applied.</source>
            <translation>Le serveur a envoyé une page plus ancienne que celle déjà appliquée.</translation>
        </message>
        <message>
            <source>A catalog record needs an id.</source>
            <translation>Un élément du catalogue nécessite un identifiant.</translation>
        </message>
        <message>
            <source>The field %1 has no HLC stamp.</source>
            <translation>Le champ %1 n’a pas d’horodatage HLC.</translation>
        </message>
        <message>
            <source>A product needs a SKU and a name.</source>
            <translation>Un produit nécessite une référence et un nom.</translation>
        </message>
        <message>
            <source>A location needs a code and a name.</source>
            <translation>Un emplacement nécessite un code et un nom.</translation>
        </message>
        <message>
            <source>A supplier needs a name.</source>
            <translation>Un fournisseur nécessite un nom.</translation>
        </message>
        <message>
            <source>Unknown catalog entity "%1".</source>
            <translation>Type d’élément de catalogue inconnu « %1 ».</translation>
        </message>
        <message>
            <source>The %1 is required.</source>
            <translation>Le champ %1 est obligatoire.</translation>
        </message>
        <message>
            <source>The %1 is longer than %2 characters.</source>
            <translation>Le champ %1 dépasse %2 caractères.</translation>
        </message>
        <message>
            <source>The %1 contains control characters.</source>
            <translation>Le champ %1 contient des caractères de contrôle.</translation>
        </message>
        <message>
            <source>The %1 "%2" must not contain spaces.</source>
            <translation>Le champ %1 « %2 » ne doit pas contenir d’espaces.</translation>
        </message>
        <message>
            <source>The quantity %1 is too large.</source>
            <translation>La quantité %1 est trop grande.</translation>
        </message>
        <message>
            <source>Product %1 was merged into another product; record movements on that one.</source>
            <translation>Le produit %1 a été fusionné avec un autre produit ; enregistrez les mouvements sur celui-ci.</translation>
        </message>
        <message>
            <source>Product %1 is archived; restore it before recording movements.</source>
            <translation>Le produit %1 est archivé ; désarchivez-le avant d’enregistrer des mouvements.</translation>
        </message>
        <message>
            <source>Location %1 is archived; restore it before recording movements.</source>
            <translation>L’emplacement %1 est archivé ; désarchivez-le avant d’enregistrer des mouvements.</translation>
        </message>
        <message>
            <source>The barcode %1 already belongs to product %2.</source>
            <translation>Le code-barres %1 appartient déjà au produit %2.</translation>
        </message>
        <message>
            <source>Reorder quantities cannot be negative.</source>
            <translation>Les quantités de réapprovisionnement ne peuvent pas être négatives.</translation>
        </message>
        <message>
            <source>The preferred supplier does not exist.</source>
            <translation>Le fournisseur habituel n’existe pas.</translation>
        </message>
        <message>
            <source>A product with SKU %1 already exists.</source>
            <translation>Un produit de référence %1 existe déjà.</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Depot: offline-first stock management.</source>
            <translation>Depot : gestion de stock qui fonctionne hors ligne.</translation>
        </message>
        <message>
            <source>Data folder holding store.sqlite.</source>
            <translation>Dossier de données contenant store.sqlite.</translation>
        </message>
        <message>
            <source>Name recorded on movements.</source>
            <translation>Nom enregistré sur les mouvements.</translation>
        </message>
        <message>
            <source>Interface language (en, fr).</source>
            <translation>Langue de l’interface (en, fr).</translation>
        </message>
        <message>
            <source>Screen to open first (1-9).</source>
            <translation>Écran à ouvrir au démarrage (1-9).</translation>
        </message>
        <message>
            <source>Cannot open the store in %1:
%2</source>
            <translation>Impossible d’ouvrir la base dans %1 :
%2</translation>
        </message>
    </context>
</TS>
