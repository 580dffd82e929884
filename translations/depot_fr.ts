<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>CompanyProfile</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is damaged. Move it away and sign in again; the store is not affected.</source>
            <translation>%1 est endommagé. Déplacez-le ailleurs et reconnectez-vous ; le stock local n’est pas touché.</translation>
        </message>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation>Impossible de créer le dossier de données %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>The cryptography library failed to start.</source>
            <translation>La bibliothèque de cryptographie n’a pas pu démarrer.</translation>
        </message>
        <message>
            <source>Not enough memory to protect the password.</source>
            <translation>Pas assez de mémoire pour protéger le mot de passe.</translation>
        </message>
    </context>
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
        <name>depot::app::AdminPage</name>
        <message>
            <source>Re&amp;fresh (F5)</source>
            <translation>Act&amp;ualiser (F5)</translation>
        </message>
        <message>
            <source>This screen needs the server: sign in to your company's server to use it. Everything else works on this computer without it.</source>
            <translation>Cet écran a besoin du serveur : connectez-vous au serveur de votre entreprise pour l’utiliser. Tout le reste fonctionne sur cet ordinateur sans lui.</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask an administrator of your company.</source>
            <translation>Votre rôle ne le permet pas. Demandez à un administrateur de votre entreprise.</translation>
        </message>
        <message>
            <source>These screens need the server, and it cannot be reached now (%1). Everything else keeps working on this computer; try again when the network is back.</source>
            <translation>Ces écrans ont besoin du serveur, qui est injoignable pour le moment (%1). Tout le reste continue de fonctionner sur cet ordinateur ; réessayez quand le réseau sera revenu.</translation>
        </message>
        <message>
            <source>The server's certificate is not the one this computer trusts: nothing was sent.</source>
            <translation>Le certificat du serveur n’est pas celui auquel cet ordinateur fait confiance : rien n’a été envoyé.</translation>
        </message>
        <message>
            <source>Your session with the server has ended. Sign in again to use these screens.</source>
            <translation>Votre session avec le serveur est terminée. Reconnectez-vous pour utiliser ces écrans.</translation>
        </message>
        <message>
            <source>The server refuses your company for now: %1</source>
            <translation>Le serveur refuse votre entreprise pour le moment : %1</translation>
        </message>
        <message>
            <source>The server refused: %1</source>
            <translation>Le serveur a refusé : %1</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Propriétaire</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Magasinier</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>Lecteur</translation>
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
        <message>
            <source>Acknowledged</source>
            <translation>Acquittée</translation>
        </message>
        <message>
            <source>Hide the selected alerts until their stock changes again</source>
            <translation>Masquer les alertes sélectionnées jusqu’à ce que leur stock change à nouveau</translation>
        </message>
        <message numerus="yes">
            <source>%n acknowledged (they come back when their stock changes).</source>
            <translation>
                <numerusform>%n acquittée (elle revient quand son stock change).</numerusform>
                <numerusform>%n acquittées (elles reviennent quand leur stock change).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Show ackno&amp;wledged</source>
            <translation>A&amp;fficher les acquittées</translation>
        </message>
        <message>
            <source>&amp;Acknowledge (Ctrl+K)</source>
            <translation>Ac&amp;quitter (Ctrl+K)</translation>
        </message>
    </context>
    <context>
        <name>depot::app::AppController</name>
        <message>
            <source>Switch company</source>
            <translation>Changer d’entreprise</translation>
        </message>
        <message>
            <source>&amp;Companies of %1:</source>
            <translation>&amp;Entreprises de %1 :</translation>
        </message>
        <message>
            <source>Asking the server for your companies…</source>
            <translation>Demande de vos entreprises au serveur…</translation>
        </message>
        <message>
            <source>The server could not list your companies (%1). The companies already used on this computer are shown.</source>
            <translation>Le serveur n’a pas pu lister vos entreprises (%1). Les entreprises déjà utilisées sur cet ordinateur sont affichées.</translation>
        </message>
        <message>
            <source>Each company has its own store on this computer and its own session.</source>
            <translation>Chaque entreprise a son propre stock local sur cet ordinateur et sa propre session.</translation>
        </message>
        <message>
            <source>Opening %1…</source>
            <translation>Ouverture de %1…</translation>
        </message>
    </context>
    <context>
        <name>depot::app::AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>Journal d’audit</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>&amp;Newer (Ctrl+PgUp)</source>
            <translation>Plus &amp;récents (Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>&amp;Older (Ctrl+PgDown)</source>
            <translation>Plus an&amp;ciens (Ctrl+PgDown)</translation>
        </message>
        <message>
            <source>No entry here.</source>
            <translation>Aucune entrée ici.</translation>
        </message>
        <message>
            <source>Entries %1 to %2, newest first.</source>
            <translation>Entrées %1 à %2, les plus récentes d’abord.</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Signed out</source>
            <translation>Déconnexion</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Mot de passe changé</translation>
        </message>
        <message>
            <source>Session ended: a sign-in token was used twice</source>
            <translation>Session terminée : un jeton de connexion a servi deux fois</translation>
        </message>
        <message>
            <source>Device registered</source>
            <translation>Appareil enregistré</translation>
        </message>
        <message>
            <source>Device revoked</source>
            <translation>Appareil révoqué</translation>
        </message>
        <message>
            <source>Changes sent (sync)</source>
            <translation>Modifications envoyées (synchronisation)</translation>
        </message>
        <message>
            <source>Company created</source>
            <translation>Entreprise créée</translation>
        </message>
        <message>
            <source>Company status or plan changed</source>
            <translation>État ou formule de l’entreprise modifié</translation>
        </message>
        <message>
            <source>Member added</source>
            <translation>Membre ajouté</translation>
        </message>
        <message>
            <source>Member changed</source>
            <translation>Membre modifié</translation>
        </message>
        <message>
            <source>Product created</source>
            <translation>Produit créé</translation>
        </message>
        <message>
            <source>Product changed</source>
            <translation>Produit modifié</translation>
        </message>
        <message>
            <source>Location created</source>
            <translation>Emplacement créé</translation>
        </message>
        <message>
            <source>Location changed</source>
            <translation>Emplacement modifié</translation>
        </message>
        <message>
            <source>Supplier created</source>
            <translation>Fournisseur créé</translation>
        </message>
        <message>
            <source>Supplier changed</source>
            <translation>Fournisseur modifié</translation>
        </message>
    </context>
    <context>
        <name>depot::app::CertificateProbe</name>
        <message>
            <source>no answer from the server</source>
            <translation>aucune réponse du serveur</translation>
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
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop reading the expected quantities; no count is started</source>
            <translation>Arrêter la lecture des quantités attendues ; aucun inventaire n’est commencé</translation>
        </message>
        <message>
            <source>Reading the stock of %1 to freeze the expected quantities…</source>
            <translation>Lecture du stock de %1 pour figer les quantités attendues…</translation>
        </message>
        <message>
            <source>Count not started.</source>
            <translation>Inventaire non commencé.</translation>
        </message>
        <message>
            <source>The count could not start: %1</source>
            <translation>L’inventaire n’a pas pu commencer : %1</translation>
        </message>
        <message>
            <source>Not counted: the expected quantities are still being read. Scan %1 again once the count has started.</source>
            <translation>Non compté : les quantités attendues sont encore en cours de lecture. Scannez %1 à nouveau une fois l’inventaire commencé.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Période :</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <source>Last 90 days (by week)</source>
            <translation>90 derniers jours (par semaine)</translation>
        </message>
        <message>
            <source>Last 12 months (by month)</source>
            <translation>12 derniers mois (par mois)</translation>
        </message>
        <message>
            <source>Stock value (quantity in stock × cost price)</source>
            <translation>Valeur du stock (quantité en stock × prix de revient)</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Stock bas</translation>
        </message>
        <message>
            <source>Movements over the period</source>
            <translation>Mouvements sur la période</translation>
        </message>
        <message>
            <source>&amp;Low stock items</source>
            <translation>Articles en stock &amp;bas</translation>
        </message>
        <message>
            <source>&amp;Top movers in the period</source>
            <translation>Produits les plus &amp;mouvementés sur la période</translation>
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
            <source>Movements</source>
            <translation>Mouvements</translation>
        </message>
        <message>
            <source>In</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>No stock with a cost price</source>
            <translation>Aucun stock avec un prix de revient</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) in stock have no cost price and are not counted.</source>
            <translation>
                <numerusform>%n ligne en stock n’a pas de prix de revient et n’est pas comptée.</numerusform>
                <numerusform>%n lignes en stock n’ont pas de prix de revient et ne sont pas comptées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) at or under the reorder point</source>
            <translation>
                <numerusform>%n article au seuil de réapprovisionnement ou en dessous</numerusform>
                <numerusform>%n articles au seuil de réapprovisionnement ou en dessous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) with negative stock</source>
            <translation>
                <numerusform>%n ligne en stock négatif</numerusform>
                <numerusform>%n lignes en stock négatif</numerusform>
            </translation>
        </message>
        <message>
            <source>(nowhere)</source>
            <translation>(nulle part)</translation>
        </message>
        <message>
            <source>Stock in (movements)</source>
            <translation>Entrées de stock (mouvements)</translation>
        </message>
        <message>
            <source>Stock out (movements)</source>
            <translation>Sorties de stock (mouvements)</translation>
        </message>
        <message>
            <source>Transfers and counts</source>
            <translation>Transferts et inventaires</translation>
        </message>
    </context>
    <context>
        <name>depot::app::DevicesPage</name>
        <message>
            <source>Devices</source>
            <translation>Appareils</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>Identifiant de l’appareil</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Dernière activité</translation>
        </message>
        <message>
            <source>Last address</source>
            <translation>Dernière adresse</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Horloge</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation>&amp;Révoquer…</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <source>%1 s off: fix this device's clock</source>
            <translation>décalée de %1 s : réglez l’horloge de cet appareil</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Revoke device</source>
            <translation>Révoquer l’appareil</translation>
        </message>
        <message>
            <source>Revoke the device %1? Its sessions end at once and it must sign in again to sync. Movements it has not sent yet stay on it.</source>
            <translation>Révoquer l’appareil %1 ? Ses sessions se terminent aussitôt et il doit se reconnecter pour synchroniser. Les mouvements qu’il n’a pas encore envoyés y restent.</translation>
        </message>
        <message>
            <source>The device %1 was revoked.</source>
            <translation>L’appareil %1 a été révoqué.</translation>
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
        <message>
            <source>The journal could not be read: %1</source>
            <translation>Le journal n’a pas pu être lu : %1</translation>
        </message>
        <message>
            <source>Reading the journal…</source>
            <translation>Lecture du journal…</translation>
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
        <name>depot::app::LoginDialog</name>
        <message>
            <source>Sign in to Depot</source>
            <translation>Connexion à Depot</translation>
        </message>
        <message>
            <source>Sign in to your company's Depot server. After one sign-in on this computer, you can also unlock it with your password when the server cannot be reached.</source>
            <translation>Connectez-vous au serveur Depot de votre entreprise. Après une première connexion sur cet ordinateur, vous pourrez aussi le déverrouiller avec votre mot de passe quand le serveur est injoignable.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Serveur :</translation>
        </message>
        <message>
            <source>&amp;Company:</source>
            <translation>&amp;Entreprise :</translation>
        </message>
        <message>
            <source>&amp;Email or phone:</source>
            <translation>&amp;E-mail ou téléphone :</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>company identifier, e.g. acme-corp</source>
            <translation>identifiant de l’entreprise, par ex. acme-corp</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>Trust this server?</source>
            <translation>Faire confiance à ce serveur ?</translation>
        </message>
        <message>
            <source>This server's certificate is not signed by an authority this computer knows (a self-hosted server). Compare its SHA-256 fingerprint with the one your administrator gives you (depot-server prints it when it starts). Trust it only if they are identical: it will be remembered, and a different certificate will be refused.</source>
            <translation>Le certificat de ce serveur n’est pas signé par une autorité connue de cet ordinateur (serveur auto-hébergé). Comparez son empreinte SHA-256 avec celle que vous donne votre administrateur (depot-server l’affiche au démarrage). Ne lui faites confiance que si elles sont identiques : elle sera mémorisée, et un autre certificat sera refusé.</translation>
        </message>
        <message>
            <source>&amp;Trust this server</source>
            <translation>&amp;Faire confiance à ce serveur</translation>
        </message>
        <message>
            <source>Do &amp;not trust</source>
            <translation>&amp;Ne pas faire confiance</translation>
        </message>
        <message>
            <source>Choose a new password</source>
            <translation>Choisissez un nouveau mot de passe</translation>
        </message>
        <message>
            <source>Your password was set by an administrator: choose your own before going on (at least 10 characters).</source>
            <translation>Votre mot de passe a été fixé par un administrateur : choisissez le vôtre avant de continuer (au moins 10 caractères).</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>Con&amp;firm:</source>
            <translation>Confi&amp;rmer :</translation>
        </message>
        <message>
            <source>C&amp;hange password</source>
            <translation>C&amp;hanger le mot de passe</translation>
        </message>
        <message>
            <source>The two new passwords differ. Type the same one twice.</source>
            <translation>Les deux nouveaux mots de passe diffèrent. Saisissez deux fois le même.</translation>
        </message>
        <message>
            <source>Type a new password.</source>
            <translation>Saisissez un nouveau mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::LoginFlow</name>
        <message>
            <source>Enter the server address, for example https://depot.example.com:8443.</source>
            <translation>Saisissez l’adresse du serveur, par exemple https://depot.example.com:8443.</translation>
        </message>
        <message>
            <source>The server address must start with https:// (Depot only talks to servers over HTTPS).</source>
            <translation>L’adresse du serveur doit commencer par https:// (Depot ne parle aux serveurs qu’en HTTPS).</translation>
        </message>
        <message>
            <source>Enter the company identifier (for example acme-corp).</source>
            <translation>Saisissez l’identifiant de l’entreprise (par exemple acme-corp).</translation>
        </message>
        <message>
            <source>Enter your email address or phone number.</source>
            <translation>Saisissez votre adresse e-mail ou votre numéro de téléphone.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Saisissez votre mot de passe.</translation>
        </message>
        <message>
            <source>The certificate fingerprint must be a SHA-256 (64 hexadecimal digits, colons allowed).</source>
            <translation>L’empreinte du certificat doit être un SHA-256 (64 chiffres hexadécimaux, deux-points acceptés).</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connexion à %1…</translation>
        </message>
        <message>
            <source>Cannot reach the server: %1</source>
            <translation>Serveur injoignable : %1</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted by this computer. Its SHA-256 fingerprint is %1. Check it with the server's administrator, then give it with --pin.</source>
            <translation>Cet ordinateur ne fait pas confiance au certificat du serveur. Son empreinte SHA-256 est %1. Vérifiez-la auprès de l’administrateur du serveur, puis donnez-la avec --pin.</translation>
        </message>
        <message>
            <source>The server's certificate was not trusted: nothing was sent to it.</source>
            <translation>Le certificat du serveur n’a pas été accepté : rien ne lui a été envoyé.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Warning: the server's certificate is not the one this computer trusted (SHA-256 %1). The connection was refused and nothing was sent: someone may be impersonating the server. If its administrator really replaced the certificate, check the new fingerprint with them, then remove the "pin" line from %2 and sign in again.</source>
            <translation>Attention : le certificat du serveur n’est pas celui auquel cet ordinateur fait confiance (SHA-256 %1). La connexion a été refusée et rien n’a été envoyé : quelqu’un usurpe peut-être le serveur. Si son administrateur a vraiment remplacé le certificat, vérifiez avec lui la nouvelle empreinte, puis retirez la ligne « pin » de %2 et reconnectez-vous.</translation>
        </message>
        <message>
            <source>The server asks this user to choose a new password first. Sign in once with the window (without --password-stdin) to change it.</source>
            <translation>Le serveur demande d’abord à cet utilisateur de choisir un nouveau mot de passe. Connectez-vous une fois par la fenêtre (sans --password-stdin) pour le changer.</translation>
        </message>
        <message>
            <source>The password was not changed, so the sign-in was abandoned.</source>
            <translation>Le mot de passe n’a pas été changé : la connexion est abandonnée.</translation>
        </message>
        <message>
            <source>Changing the password…</source>
            <translation>Changement du mot de passe…</translation>
        </message>
        <message>
            <source>%1
Offline unlock works only after this user has signed in online once on this computer.</source>
            <translation>%1
Le déverrouillage hors ligne n’est possible qu’après une première connexion en ligne de cet utilisateur sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The server cannot be reached: checking the password on this computer…</source>
            <translation>Serveur injoignable : vérification du mot de passe sur cet ordinateur…</translation>
        </message>
        <message>
            <source>The password is wrong (checked on this computer: the server cannot be reached).</source>
            <translation>Le mot de passe est faux (vérifié sur cet ordinateur : le serveur est injoignable).</translation>
        </message>
        <message>
            <source>Unlocked offline. %1 Your work is kept and will be sent when the server is back.</source>
            <translation>Déverrouillé hors ligne. %1 Votre travail est conservé et sera envoyé au retour du serveur.</translation>
        </message>
        <message>
            <source>%1
Where no keychain runs (a server, a script), start Depot with --credential-store file (less safe: see the documentation).</source>
            <translation>%1
Là où aucun trousseau ne tourne (un serveur, un script), lancez Depot avec --credential-store file (moins sûr : voir la documentation).</translation>
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
        <message>
            <source>S&amp;ync now</source>
            <translation>S&amp;ynchroniser maintenant</translation>
        </message>
        <message>
            <source>Sign &amp;in again…</source>
            <translation>Se re&amp;connecter…</translation>
        </message>
        <message>
            <source>Sign &amp;in to a server…</source>
            <translation>Se &amp;connecter à un serveur…</translation>
        </message>
        <message>
            <source>S&amp;witch company…</source>
            <translation>C&amp;hanger d’entreprise…</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <source>%n sync problem(s)</source>
            <translation>
                <numerusform>%n problème de synchro</numerusform>
                <numerusform>%n problèmes de synchro</numerusform>
            </translation>
        </message>
        <message>
            <source>● Local only (not signed in)</source>
            <translation>● Local seulement (non connecté)</translation>
        </message>
        <message>
            <source>This computer works on its local store. Sign in to a server (Depot menu) to share the stock with the other computers; every change is kept until then.</source>
            <translation>Cet ordinateur travaille sur son stock local. Connectez-vous à un serveur (menu Depot) pour partager le stock avec les autres ordinateurs ; chaque modification est conservée d’ici là.</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Dernière synchro : %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Jamais synchronisé</translation>
        </message>
        <message>
            <source>● Syncing…</source>
            <translation>● Synchronisation…</translation>
        </message>
        <message>
            <source>● Signed out: sign in again</source>
            <translation>● Déconnecté : reconnectez-vous</translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● En ligne</translation>
        </message>
        <message>
            <source>● Offline</source>
            <translation>● Hors ligne</translation>
        </message>
        <message>
            <source>%1 at %2, signed in as %3</source>
            <translation>%1 sur %2, connecté en tant que %3</translation>
        </message>
        <message>
            <source>This computer's clock is %1 minute(s) %2 the server's. Stock counts are ordered by time: set the clock right (date, time and time zone).</source>
            <translation>L’horloge de cet ordinateur est %1 minute(s) %2 celle du serveur. Les inventaires sont ordonnés par l’heure : réglez l’horloge (date, heure et fuseau horaire).</translation>
        </message>
        <message>
            <source>ahead of</source>
            <translation>en avance sur</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>en retard sur</translation>
        </message>
        <message>
            <source>%1 received</source>
            <translation>%1 reçus</translation>
        </message>
        <message>
            <source>Depot: new stock alerts</source>
            <translation>Depot : nouvelles alertes de stock</translation>
        </message>
        <message numerus="yes">
            <source>%n new alert(s) after the sync: see the Alerts screen.</source>
            <translation>
                <numerusform>%n nouvelle alerte après la synchro : voyez l’écran Alertes.</numerusform>
                <numerusform>%n nouvelles alertes après la synchro : voyez l’écran Alertes.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellspacing=4&gt;%1&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 … F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: receipt, issue, loss, return, adjustment, transfer, count&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;5*CODE&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: record 5 of the scanned product&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick entry: undo the last entry&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New product, location or supplier&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Alerts: acknowledge the selected alerts&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Sync now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Switch company&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Settings (language, sync interval, data folder)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;h3&gt;Raccourcis clavier&lt;/h3&gt;&lt;table cellspacing=4&gt;%1&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2 … F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Saisie rapide : réception, sortie, perte, retour, ajustement, transfert, inventaire&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;5*CODE&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Saisie rapide : enregistrer 5 du produit scanné&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Saisie rapide : annuler la dernière saisie&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nouveau produit, emplacement ou fournisseur&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rechercher&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Alertes : acquitter les alertes sélectionnées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Synchroniser maintenant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maj+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Changer d’entreprise&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Paramètres (langue, intervalle de synchro, dossier des données)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>depot::app::Permissions</name>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Read only: your role (%1) can look at the stock but not record movements or counts. Ask an administrator of your company if you need to.</source>
            <translation>Lecture seule : votre rôle (%1) permet de consulter le stock mais pas d’enregistrer des mouvements ni des inventaires. Adressez-vous à un administrateur de votre entreprise si nécessaire.</translation>
        </message>
        <message>
            <source>Your role (%1) cannot create or change products, locations or suppliers: ask a manager.</source>
            <translation>Votre rôle (%1) ne permet pas de créer ni de modifier des produits, emplacements ou fournisseurs : demandez à un responsable.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::PlanPage</name>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Trial</source>
            <translation>Essai</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspendue</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Résiliée</translation>
        </message>
        <message>
            <source>Starter</source>
            <translation>Starter</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Professionnel</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Plan and usage</source>
            <translation>Formule et utilisation</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Utilisé</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limite</translation>
        </message>
        <message>
            <source>%1 plan — company %2</source>
            <translation>Formule %1 — entreprise : %2</translation>
        </message>
        <message>
            <source>The trial ends on %1.</source>
            <translation>L’essai se termine le %1.</translation>
        </message>
        <message>
            <source>%1 movements recorded on the server.</source>
            <translation>%1 mouvements enregistrés sur le serveur.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Appareils</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>illimité</translation>
        </message>
    </context>
    <context>
        <name>depot::app::ProblemsPage</name>
        <message>
            <source>Sync problems</source>
            <translation>Problèmes de synchro</translation>
        </message>
        <message>
            <source>Sync problems (%1)</source>
            <translation>Problèmes de synchro (%1)</translation>
        </message>
        <message>
            <source>&amp;Retry after fixing</source>
            <translation>&amp;Réessayer après correction</translation>
        </message>
        <message>
            <source>Refused at</source>
            <translation>Refusé le</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Mouvement</translation>
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
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>No sync problem: the server accepted everything this computer sent.</source>
            <translation>Aucun problème de synchro : le serveur a accepté tout ce que cet ordinateur a envoyé.</translation>
        </message>
        <message numerus="yes">
            <source>The server refused %n item(s). They do not count in the stock meanwhile. Fix the cause (ask an administrator for the permission, create what is missing), then retry; or discard what was a mistake.</source>
            <translation>
                <numerusform>Le serveur a refusé %n élément. Il ne compte pas dans le stock d’ici là. Corrigez la cause (demandez la permission à un administrateur, créez ce qui manque), puis réessayez ; ou abandonnez ce qui était une erreur.</numerusform>
                <numerusform>Le serveur a refusé %n éléments. Ils ne comptent pas dans le stock d’ici là. Corrigez la cause (demandez la permission à un administrateur, créez ce qui manque), puis réessayez ; ou abandonnez ce qui était une erreur.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) queued again: they will be sent at the next sync.</source>
            <translation>
                <numerusform>%n élément remis en file : il sera envoyé à la prochaine synchro.</numerusform>
                <numerusform>%n éléments remis en file : ils seront envoyés à la prochaine synchro.</numerusform>
            </translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message numerus="yes">
            <source>Discard %n refused item(s)? They stay in the journal for the record, but never count in the stock and are never sent again.</source>
            <translation>
                <numerusform>Abandonner %n élément refusé ? Il reste dans le journal pour mémoire, mais ne compte plus jamais dans le stock et n’est plus jamais envoyé.</numerusform>
                <numerusform>Abandonner %n éléments refusés ? Ils restent dans le journal pour mémoire, mais ne comptent plus jamais dans le stock et ne sont plus jamais envoyés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) discarded.</source>
            <translation>
                <numerusform>%n élément abandonné.</numerusform>
                <numerusform>%n éléments abandonnés.</numerusform>
            </translation>
        </message>
        <message>
            <source>D&amp;iscard</source>
            <translation>A&amp;bandonner</translation>
        </message>
        <message>
            <source>&amp;Open the product</source>
            <translation>&amp;Ouvrir le produit</translation>
        </message>
        <message>
            <source>Show the product of the selected item on the Products screen (Enter)</source>
            <translation>Afficher le produit de l’élément sélectionné dans l’écran Produits (Entrée)</translation>
        </message>
        <message>
            <source>The selected item is not about a product.</source>
            <translation>L’élément sélectionné ne concerne pas un produit.</translation>
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
        <message>
            <source>Categor&amp;y:</source>
            <translation>Catégor&amp;ie :</translation>
        </message>
        <message>
            <source>&amp;Low or negative stock</source>
            <translation>Stock &amp;bas ou négatif</translation>
        </message>
        <message>
            <source>Only the products with a stock alert somewhere (see the Alerts screen)</source>
            <translation>Seulement les produits en alerte de stock quelque part (voir l’écran Alertes)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
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
        <message>
            <source>An unknown code cannot be created as a new product from here with your role: ask a manager.</source>
            <translation>Avec votre rôle, un code inconnu ne peut pas être créé ici comme nouveau produit : demandez à un responsable.</translation>
        </message>
        <message>
            <source>Unknown code %1: nothing recorded. Only a manager can create a product: ask one to add this code, then scan it again.</source>
            <translation>Code inconnu %1 : rien n’a été enregistré. Seul un responsable peut créer un produit : demandez-lui d’ajouter ce code, puis scannez-le à nouveau.</translation>
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
        <message>
            <source>Data folder</source>
            <translation>Dossier des données</translation>
        </message>
        <message>
            <source>&amp;Sync every:</source>
            <translation>&amp;Synchroniser toutes les :</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>only on demand (F9)</source>
            <translation>seulement à la demande (F9)</translation>
        </message>
        <message>
            <source>&amp;Data folder:</source>
            <translation>&amp;Dossier des données :</translation>
        </message>
        <message>
            <source>default</source>
            <translation>par défaut</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Each company you sign in to keeps its own store in this folder. A new folder is used from the next start; the data already recorded stays in the old one.</source>
            <translation>Chaque entreprise à laquelle vous vous connectez garde son propre stock local dans ce dossier. Un nouveau dossier sert à partir du prochain démarrage ; les données déjà enregistrées restent dans l’ancien.</translation>
        </message>
        <message>
            <source>Cannot create the data folder %1. Choose another one.</source>
            <translation>Impossible de créer le dossier des données %1. Choisissez-en un autre.</translation>
        </message>
        <message>
            <source>Play a s&amp;ound for each scan (a different one for an error)</source>
            <translation>Émettre un s&amp;on à chaque scan (un autre pour une erreur)</translation>
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
        <message>
            <source>Updating this company's local data for this version of Depot…
This happens once. With millions of movements it can take a minute or two; if it is interrupted, nothing is lost and it starts again next time.</source>
            <translation>Mise à jour des données locales de cette entreprise pour cette version de Depot…
Cela n’arrive qu’une fois. Avec des millions de mouvements, cela peut prendre une minute ou deux ; en cas d’interruption, rien n’est perdu et la mise à jour reprend la prochaine fois.</translation>
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
        <name>depot::app::SyncWorker</name>
        <message>
            <source>The server refused the new password.</source>
            <translation>Le serveur a refusé le nouveau mot de passe.</translation>
        </message>
        <message>
            <source>Cannot create the data folder %1.</source>
            <translation>Impossible de créer le dossier de données %1.</translation>
        </message>
    </context>
    <context>
        <name>depot::app::TenantsPage</name>
        <message>
            <source>Companies</source>
            <translation>Entreprises</translation>
        </message>
        <message>
            <source>Companies are managed with a platform administrator's account, separate from your company account. Sign in with it here; the session lasts 15 minutes and is not kept.</source>
            <translation>Les entreprises se gèrent avec un compte d’administrateur de la plateforme, distinct de votre compte d’entreprise. Connectez-vous avec lui ici ; la session dure 15 minutes et n’est pas conservée.</translation>
        </message>
        <message>
            <source>&amp;Email or phone:</source>
            <translation>&amp;E-mail ou téléphone :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Sign in as platform administrator</source>
            <translation>&amp;Se connecter comme administrateur de la plateforme</translation>
        </message>
        <message>
            <source>Company id</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Formule</translation>
        </message>
        <message>
            <source>Trial ends</source>
            <translation>Fin de l’essai</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Appareils</translation>
        </message>
        <message>
            <source>Movements</source>
            <translation>Mouvements</translation>
        </message>
        <message>
            <source>S&amp;uspend…</source>
            <translation>Sus&amp;pendre…</translation>
        </message>
        <message>
            <source>Reac&amp;tivate…</source>
            <translation>Réac&amp;tiver…</translation>
        </message>
        <message>
            <source>Give the platform administrator's email or phone and password.</source>
            <translation>Indiquez l’e-mail ou le téléphone et le mot de passe de l’administrateur de la plateforme.</translation>
        </message>
        <message>
            <source>This is not a platform administrator's email and password.</source>
            <translation>Ce ne sont pas l’e-mail et le mot de passe d’un administrateur de la plateforme.</translation>
        </message>
        <message>
            <source>Sign in as a platform administrator to see the companies.</source>
            <translation>Connectez-vous comme administrateur de la plateforme pour voir les entreprises.</translation>
        </message>
        <message>
            <source>The first %1 companies are shown.</source>
            <translation>Les %1 premières entreprises sont affichées.</translation>
        </message>
        <message>
            <source>Suspend company</source>
            <translation>Suspendre l’entreprise</translation>
        </message>
        <message>
            <source>Reactivate company</source>
            <translation>Réactiver l’entreprise</translation>
        </message>
        <message>
            <source>Suspend %1 (%2)? Its people can no longer sign in or sync; their computers keep their data and what they have not sent yet.</source>
            <translation>Suspendre %1 (%2) ? Ses membres ne pourront plus se connecter ni synchroniser ; leurs ordinateurs gardent leurs données et ce qu’ils n’ont pas encore envoyé.</translation>
        </message>
        <message>
            <source>Reactivate %1 (%2)? Its people can sign in and sync again.</source>
            <translation>Réactiver %1 (%2) ? Ses membres pourront de nouveau se connecter et synchroniser.</translation>
        </message>
        <message>
            <source>%1 is suspended.</source>
            <translation>%1 est suspendue.</translation>
        </message>
        <message>
            <source>%1 is active again.</source>
            <translation>%1 est de nouveau active.</translation>
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
        <name>depot::app::UsersPage</name>
        <message>
            <source>New member</source>
            <translation>Nouveau membre</translation>
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
            <source>&amp;First name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>A new person gets a temporary password, shown once, that they change when they first sign in. Someone who already has a Depot account keeps their own password.</source>
            <translation>Une nouvelle personne reçoit un mot de passe temporaire, affiché une seule fois, qu’elle change à sa première connexion. Une personne qui a déjà un compte Depot garde son propre mot de passe.</translation>
        </message>
        <message>
            <source>Give the person's email or phone number.</source>
            <translation>Indiquez l’e-mail ou le numéro de téléphone de la personne.</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Utilisateurs et rôles</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email or phone</source>
            <translation>E-mail ou téléphone</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis le</translation>
        </message>
        <message>
            <source>&amp;New member… (Ctrl+N)</source>
            <translation>&amp;Nouveau membre… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Change &amp;role…</source>
            <translation>Changer le &amp;rôle…</translation>
        </message>
        <message>
            <source>Re&amp;activate…</source>
            <translation>Réac&amp;tiver…</translation>
        </message>
        <message>
            <source>Dea&amp;ctivate…</source>
            <translation>Désac&amp;tiver…</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>%1 was added as %2.</source>
            <translation>%1 a été ajouté(e) comme %2.</translation>
        </message>
        <message>
            <source>%1 already has a Depot account and signs in with their own password.</source>
            <translation>%1 a déjà un compte Depot et se connecte avec son propre mot de passe.</translation>
        </message>
        <message>
            <source>Give this temporary password to %1 now. It is shown only this once; they choose their own when they first sign in.</source>
            <translation>Donnez maintenant ce mot de passe temporaire à %1. Il n’est affiché que cette fois ; la personne choisit le sien à sa première connexion.</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Changer le rôle</translation>
        </message>
        <message>
            <source>New role of %1:</source>
            <translation>Nouveau rôle de %1 :</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>%1 est maintenant %2.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Deactivate %1? Their sessions end at once and they can no longer sign in to this company. Their movements stay in the journal.</source>
            <translation>Désactiver %1 ? Ses sessions se terminent aussitôt et la personne ne peut plus se connecter à cette entreprise. Ses mouvements restent dans le journal.</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <source>Give %1 access to this company again?</source>
            <translation>Redonner à %1 l’accès à cette entreprise ?</translation>
        </message>
        <message>
            <source>%1 was deactivated.</source>
            <translation>%1 a été désactivé(e).</translation>
        </message>
        <message>
            <source>%1 was reactivated.</source>
            <translation>%1 a été réactivé(e).</translation>
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
            <source>Upgrading the store to version %1 failed: broken references in %2</source>
            <translation>La mise à niveau du magasin vers la version %1 a échoué : références rompues dans %2</translation>
        </message>
        <message>
            <source>The Qt SQLite driver runs SQLite %1 but Depot is linked with SQLite %2: they must be the same library (build Qt's SQLite driver against the system SQLite). The store was not opened.</source>
            <translation>Le pilote SQLite de Qt utilise SQLite %1 mais Depot est lié à SQLite %2 : ce doit être la même bibliothèque (compilez le pilote SQLite de Qt avec le SQLite du système). Le magasin n’a pas été ouvert.</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(inconnu)</translation>
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
            <source>A movement with this id is already recorded.</source>
            <translation>Un mouvement avec cet identifiant est déjà enregistré.</translation>
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
        <message>
            <source>The server sent a page older than the one already applied.</source>
            <translation>Le serveur a envoyé une page plus ancienne que celle déjà appliquée.</translation>
        </message>
    </context>
    <context>
        <name>depot::sync::ApiClient</name>
        <message>
            <source>The server answered the sign-in without a token.</source>
            <translation>Le serveur a répondu à la connexion sans jeton.</translation>
        </message>
        <message>
            <source>This device is not signed in to the server. Sign in first.</source>
            <translation>Cet appareil n’est pas connecté au serveur. Connectez-vous d’abord.</translation>
        </message>
        <message>
            <source>The server's certificate is not the trusted one: the connection was refused.</source>
            <translation>Le certificat du serveur n’est pas celui qui est approuvé : la connexion a été refusée.</translation>
        </message>
        <message>
            <source>The server cannot be reached: %1</source>
            <translation>Le serveur est injoignable : %1</translation>
        </message>
        <message>
            <source>The server answered with HTTP %1 and no readable content.</source>
            <translation>Le serveur a répondu HTTP %1 sans contenu lisible.</translation>
        </message>
        <message>
            <source>The server refused the request (HTTP %1).</source>
            <translation>Le serveur a refusé la demande (HTTP %1).</translation>
        </message>
        <message>
            <source>The session with the server has ended. Sign in again.</source>
            <translation>La session avec le serveur a pris fin. Reconnectez-vous.</translation>
        </message>
        <message>
            <source>The server address must start with https:// (got '%1'): Depot sends passwords and company data only over TLS. Nothing was sent.</source>
            <translation>L’adresse du serveur doit commencer par https:// (reçu « %1 ») : Depot n’envoie les mots de passe et les données de l’entreprise que par TLS. Rien n’a été envoyé.</translation>
        </message>
    </context>
    <context>
        <name>depot::sync::CredentialStore</name>
        <message>
            <source>Cannot read the credential file %1: %2</source>
            <translation>Impossible de lire le fichier d’identification %1 : %2</translation>
        </message>
        <message>
            <source>The credential file %1 is damaged; sign in again.</source>
            <translation>Le fichier d’identification %1 est endommagé ; reconnectez-vous.</translation>
        </message>
        <message>
            <source>Cannot write the credential file %1: %2</source>
            <translation>Impossible d’écrire le fichier d’identification %1 : %2</translation>
        </message>
        <message>
            <source>The system keychain refused: %1</source>
            <translation>Le trousseau du système a refusé : %1</translation>
        </message>
    </context>
    <context>
        <name>depot::sync::SyncEngine</name>
        <message>
            <source>This device is not signed in to the server. Sign in first.</source>
            <translation>Cet appareil n’est pas connecté au serveur. Connectez-vous d’abord.</translation>
        </message>
        <message>
            <source>The server answered the sign-in without tokens.</source>
            <translation>Le serveur a répondu à la connexion sans jetons.</translation>
        </message>
        <message>
            <source>The server answered a push with the wrong number of results.</source>
            <translation>Le serveur a répondu à un envoi avec un nombre de résultats erroné.</translation>
        </message>
        <message>
            <source>The server sent a catalog record this client cannot read: %1</source>
            <translation>Le serveur a envoyé une fiche du catalogue illisible pour cette version : %1</translation>
        </message>
        <message>
            <source>The server sent a movement this client cannot read: %1</source>
            <translation>Le serveur a envoyé un mouvement illisible pour cette version : %1</translation>
        </message>
        <message>
            <source>The server sent an invalid pull cursor.</source>
            <translation>Le serveur a envoyé un curseur de réception invalide.</translation>
        </message>
        <message>
            <source>Cannot reach the server: %1</source>
            <translation>Serveur injoignable : %1</translation>
        </message>
        <message>
            <source>The server is busy or failing (HTTP %1).</source>
            <translation>Le serveur est occupé ou en panne (HTTP %1).</translation>
        </message>
        <message>
            <source>The server is busy or failing (HTTP %1): %2</source>
            <translation>Le serveur est occupé ou en panne (HTTP %1) : %2</translation>
        </message>
        <message>
            <source>The server speaks a newer sync protocol than this version of Depot (%1). Update Depot; your local data and unsent changes are kept.</source>
            <translation>Le serveur utilise un protocole de synchronisation plus récent que cette version de Depot (%1). Mettez Depot à jour ; vos données locales et les modifications non envoyées sont conservées.</translation>
        </message>
        <message numerus="yes">
            <source>%1 Nothing was lost: %n change(s) wait in the outbox until the account is active again.</source>
            <translation>
                <numerusform>%1 Rien n’est perdu : %n modification attend dans la file d’envoi que le compte soit de nouveau actif.</numerusform>
                <numerusform>%1 Rien n’est perdu : %n modifications attendent dans la file d’envoi que le compte soit de nouveau actif.</numerusform>
            </translation>
        </message>
        <message>
            <source>The server refused the credentials.</source>
            <translation>Le serveur a refusé les identifiants.</translation>
        </message>
        <message>
            <source> You can keep working offline.</source>
            <translation> Vous pouvez continuer à travailler hors ligne.</translation>
        </message>
        <message>
            <source>The server refused the request (HTTP %1).</source>
            <translation>Le serveur a refusé la demande (HTTP %1).</translation>
        </message>
        <message>
            <source>The server answered a push with the result of %1 where %2 %3 was expected.</source>
            <translation>Le serveur a répondu à un envoi avec le résultat de %1 là où %2 %3 était attendu.</translation>
        </message>
        <message>
            <source> The server presented the certificate with SHA-256 fingerprint %1.</source>
            <translation> Le serveur a présenté le certificat d’empreinte SHA-256 %1.</translation>
        </message>
        <message>
            <source>The server's certificate is not trusted (%1).%2 Pin its fingerprint or give its CA.</source>
            <translation>Le certificat du serveur n’est pas approuvé (%1).%2 Épinglez son empreinte ou fournissez son autorité de certification.</translation>
        </message>
        <message>
            <source>The server's certificate does not match the pinned fingerprint.%1 The connection was refused.</source>
            <translation>Le certificat du serveur ne correspond pas à l’empreinte épinglée.%1 La connexion a été refusée.</translation>
        </message>
        <message>
            <source>The server sent a pull page this client cannot read: %1</source>
            <translation>Le serveur a envoyé une page de réception que ce client ne peut pas lire : %1</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Depot: offline-first stock management.</source>
            <translation>Depot : gestion de stock qui fonctionne hors ligne.</translation>
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
            <source>cannot save the screenshot to %1</source>
            <translation>impossible d’enregistrer la capture dans %1</translation>
        </message>
        <message>
            <source>Data folder (each company's store and profile are under it).</source>
            <translation>Dossier des données (le stock et le profil de chaque entreprise s’y trouvent).</translation>
        </message>
        <message>
            <source>Sign in to this server (https://host:port).</source>
            <translation>Se connecter à ce serveur (https://hôte:port).</translation>
        </message>
        <message>
            <source>Company identifier (slug) to sign in to.</source>
            <translation>Identifiant (slug) de l’entreprise où se connecter.</translation>
        </message>
        <message>
            <source>Email or phone to sign in with (with --server); else the name recorded on movements of a local store.</source>
            <translation>E-mail ou téléphone de connexion (avec --server) ; sinon le nom inscrit sur les mouvements d’un stock local.</translation>
        </message>
        <message>
            <source>Read the password from the first line of standard input.</source>
            <translation>Lire le mot de passe sur la première ligne de l’entrée standard.</translation>
        </message>
        <message>
            <source>Trust the server certificate with this SHA-256 fingerprint.</source>
            <translation>Faire confiance au certificat du serveur ayant cette empreinte SHA-256.</translation>
        </message>
        <message>
            <source>Where the session is kept: keychain (default) or file (less safe).</source>
            <translation>Où garder la session : keychain (trousseau, par défaut) ou file (fichier, moins sûr).</translation>
        </message>
        <message>
            <source>Save a PNG of the window once the first sync has finished.</source>
            <translation>Enregistrer une image PNG de la fenêtre une fois la première synchro terminée.</translation>
        </message>
        <message>
            <source>Quit after the screenshot.</source>
            <translation>Quitter après la capture.</translation>
        </message>
        <message>
            <source>unknown language '%1' (use en or fr)</source>
            <translation>langue inconnue « %1 » (utilisez en ou fr)</translation>
        </message>
        <message>
            <source>--credential-store must be file or keychain (got '%1')</source>
            <translation>--credential-store doit être file ou keychain (reçu « %1 »)</translation>
        </message>
        <message>
            <source>--server needs %1</source>
            <translation>--server demande %1</translation>
        </message>
        <message>
            <source>--%1 is used only with --server</source>
            <translation>--%1 ne s’utilise qu’avec --server</translation>
        </message>
        <message>
            <source>--quit is used only with --screenshot</source>
            <translation>--quit ne s’utilise qu’avec --screenshot</translation>
        </message>
        <message>
            <source>cannot read the password from standard input</source>
            <translation>impossible de lire le mot de passe sur l’entrée standard</translation>
        </message>
        <message>
            <source>no password on standard input (give it as the first line)</source>
            <translation>aucun mot de passe sur l’entrée standard (donnez-le en première ligne)</translation>
        </message>
        <message>
            <source>sign-in failed: %1</source>
            <translation>échec de la connexion : %1</translation>
        </message>
        <message>
            <source>first sync failed: %1</source>
            <translation>échec de la première synchro : %1</translation>
        </message>
    </context>
</TS>
