#!/usr/bin/env python3
"""Fills translations/depot_fr.ts from the table below (run after lupdate), and depot_en.ts (the
source text, plural forms from the table). Kept so that a new string gets its French next to the others; the test
tst_gui_language fails when a French translation is missing."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FR = {
    # Desktop: a store of an older schema is upgraded at open.
    "Updating this company's local data for this version of Depot…\nThis happens once. With millions of movements it can take a minute or two; if it is interrupted, nothing is lost and it starts again next time.":
        'Mise à jour des données locales de cette entreprise pour cette version de Depot…\nCela n’arrive qu’une fois. Avec des millions de mouvements, cela peut prendre une minute ou deux ; en cas d’interruption, rien n’est perdu et la mise à jour reprend la prochaine fois.',
    'Depot': 'Depot',
    # Store: migration and SQLite library checks.
    'Upgrading the store to version %1 failed: broken references in %2':
        'La mise à niveau du magasin vers la version %1 a échoué : références rompues dans %2',
    "The Qt SQLite driver runs SQLite %1 but Depot is linked with SQLite %2: they must be the same library (build Qt's SQLite driver against the system SQLite). The store was not opened.":
        'Le pilote SQLite de Qt utilise SQLite %1 mais Depot est lié à SQLite %2 : ce doit être la même bibliothèque (compilez le pilote SQLite de Qt avec le SQLite du système). Le magasin n’a pas été ouvert.',
    '(unknown)': '(inconnu)',
    # Sync: https only, push answers, certificates.
    "The server address must start with https:// (got '%1'): Depot sends passwords and company data only over TLS. Nothing was sent.":
        'L’adresse du serveur doit commencer par https:// (reçu « %1 ») : Depot n’envoie les mots de passe et les données de l’entreprise que par TLS. Rien n’a été envoyé.',
    'The server answered a push with the result of %1 where %2 %3 was expected.':
        'Le serveur a répondu à un envoi avec le résultat de %1 là où %2 %3 était attendu.',
    ' The server presented the certificate with SHA-256 fingerprint %1.':
        ' Le serveur a présenté le certificat d’empreinte SHA-256 %1.',
    "The server's certificate is not trusted (%1).%2 Pin its fingerprint or give its CA.":
        'Le certificat du serveur n’est pas approuvé (%1).%2 Épinglez son empreinte ou fournissez son autorité de certification.',
    "The server's certificate does not match the pinned fingerprint.%1 The connection was refused.":
        'Le certificat du serveur ne correspond pas à l’empreinte épinglée.%1 La connexion a été refusée.',
    # Sync problems: open the product.
    '&Open the product': '&Ouvrir le produit',
    'Show the product of the selected item on the Products screen (Enter)':
        'Afficher le produit de l’élément sélectionné dans l’écran Produits (Entrée)',
    'The selected item is not about a product.': 'L’élément sélectionné ne concerne pas un produit.',
    # Products filters.
    'Categor&y:': 'Catégor&ie :',
    '&Low or negative stock': 'Stock &bas ou négatif',
    'Only the products with a stock alert somewhere (see the Alerts screen)':
        'Seulement les produits en alerte de stock quelque part (voir l’écran Alertes)',
    'All categories': 'Toutes les catégories',
    # sync: ApiClient (admin screens' REST calls) and the credential stores.
    'The server answered the sign-in without a token.': 'Le serveur a répondu à la connexion sans jeton.',
    'The server\'s certificate is not the trusted one: the connection was refused.':
        'Le certificat du serveur n’est pas celui qui est approuvé : la connexion a été refusée.',
    'The server cannot be reached: %1': 'Le serveur est injoignable : %1',
    'The server answered with HTTP %1 and no readable content.':
        'Le serveur a répondu HTTP %1 sans contenu lisible.',
    'The session with the server has ended. Sign in again.':
        'La session avec le serveur a pris fin. Reconnectez-vous.',
    'Cannot read the credential file %1: %2': 'Impossible de lire le fichier d’identification %1 : %2',
    'The credential file %1 is damaged; sign in again.':
        'Le fichier d’identification %1 est endommagé ; reconnectez-vous.',
    'Cannot write the credential file %1: %2': 'Impossible d’écrire le fichier d’identification %1 : %2',
    'The system keychain refused: %1': 'Le trousseau du système a refusé : %1',
    # Store and sync: pulled movements, pull pages.
    'A movement with this id is already recorded.': 'Un mouvement avec cet identifiant est déjà enregistré.',
    'The server sent a pull page this client cannot read: %1':
        'Le serveur a envoyé une page de réception que ce client ne peut pas lire : %1',
    # Alert acknowledgements.
    'Acknowledged': 'Acquittée',
    'Show ackno&wledged': 'A&fficher les acquittées',
    '&Acknowledge (Ctrl+K)': 'Ac&quitter (Ctrl+K)',
    'Hide the selected alerts until their stock changes again':
        'Masquer les alertes sélectionnées jusqu’à ce que leur stock change à nouveau',
    '%1, %2': '%1, %2',
    # Role-aware screens (Permissions).
    'unknown': 'inconnu',
    'Read only: your role (%1) can look at the stock but not record movements or counts. Ask an administrator of your company if you need to.':
        'Lecture seule : votre rôle (%1) permet de consulter le stock mais pas d’enregistrer des mouvements ni des '
        'inventaires. Adressez-vous à un administrateur de votre entreprise si nécessaire.',
    'Your role (%1) cannot create or change products, locations or suppliers: ask a manager.':
        'Votre rôle (%1) ne permet pas de créer ni de modifier des produits, emplacements ou fournisseurs : '
        'demandez à un responsable.',
    'An unknown code cannot be created as a new product from here with your role: ask a manager.':
        'Avec votre rôle, un code inconnu ne peut pas être créé ici comme nouveau produit : demandez à un responsable.',
    'Unknown code %1: nothing recorded. Only a manager can create a product: ask one to add this code, then scan it again.':
        'Code inconnu %1 : rien n’a été enregistré. Seul un responsable peut créer un produit : demandez-lui '
        'd’ajouter ce code, puis scannez-le à nouveau.',
    'Alerts (%1)': 'Alertes (%1)',
    'Alerts': 'Alertes',
    'Alert': 'Alerte',
    'SKU': 'Référence',
    'Product': 'Produit',
    'Location': 'Emplacement',
    'Quantity': 'Quantité',
    'Reorder point': 'Seuil de réappro.',
    '(nowhere)': '(nulle part)',
    'No alert: no product is below its reorder point or negative.':
        'Aucune alerte : aucun produit n’est sous son seuil de réapprovisionnement ni en stock négatif.',
    'Discard this count? Nothing will be posted.': 'Abandonner cet inventaire ? Rien ne sera enregistré.',
    'Stock count': 'Inventaire',
    'L&ocation to count:': '&Emplacement à inventorier :',
    '&Start count': '&Commencer l’inventaire',
    'S&can each item (or N*CODE), or type the counted quantity in the table:':
        'Scanne&z chaque article (ou N*CODE), ou saisissez la quantité comptée dans le tableau :',
    '&Post count (Ctrl+Enter)': '&Valider l’inventaire (Ctrl+Entrée)',
    'Disc&ard': 'A&bandonner',
    'Expected': 'Attendu',
    'Counted': 'Compté',
    'Difference': 'Écart',
    'Counting %1 since %2. Expected quantities are the stock when the count started.':
        'Inventaire de %1 depuis le %2. Les quantités attendues sont le stock au début de l’inventaire.',
    '%1 of %2 products counted, %3 with a difference. Products not counted keep their stock.':
        '%1 produits comptés sur %2, dont %3 avec un écart. Les produits non comptés gardent leur stock.',
    'Choose a location and start a count.': 'Choisissez un emplacement et commencez l’inventaire.',
    'Create a location first (Locations screen).': 'Créez d’abord un emplacement (écran Emplacements).',
    'Unknown code %1: create the product on the Products screen, then scan it again.':
        'Code inconnu %1 : créez le produit dans l’écran Produits, puis scannez-le à nouveau.',
    '%1 — %2: counted %3': '%1 — %2 : compté %3',
    'Type the counted quantity': 'Saisissez la quantité comptée',
    'A counted quantity cannot be negative.': 'Une quantité comptée ne peut pas être négative.',
    'Count %1': 'Inventaire %1',
    'Nothing was posted: %1 — %2': 'Rien n’a été enregistré : %1 — %2',
    'Nothing was posted: %1': 'Rien n’a été enregistré : %1',
    'Count discarded.': 'Inventaire abandonné.',
    'The count could not be saved to %1: %2': 'L’inventaire n’a pas pu être enregistré dans %1 : %2',
    'A saved count could not be read and was ignored.': 'Un inventaire enregistré n’a pas pu être lu et a été ignoré.',
    'The count started on %1 was restored: carry on.': 'L’inventaire commencé le %1 a été restauré : continuez.',
    'Cannot write %1: %2': 'Impossible d’écrire %1 : %2',
    'Export canceled; no file was written.': 'Export annulé ; aucun fichier n’a été écrit.',
    'Export failed: %1': 'Échec de l’export : %1',
    'Journal': 'Journal',
    '&From:': 'Dé&but :',
    '&To:': '&Fin :',
    '&Product:': '&Produit :',
    '&Location:': '&Emplacement :',
    '&Kind:': '&Type :',
    '&User:': '&Utilisateur :',
    'any date': 'toute date',
    'SKU or barcode': 'référence ou code-barres',
    'any user': 'tout utilisateur',
    'Clea&r filters': 'Effacer les filt&res',
    '◀ Pre&vious': '◀ Pré&cédente',
    'Ne&xt ▶': 'Sui&vante ▶',
    'Exp&ort…': 'E&xporter…',
    'Rever&se…': 'Annu&ler le mouvement…',
    'Cancel the selected movement by recording the opposite one (the journal is never edited)':
        'Annuler le mouvement choisi en enregistrant le mouvement inverse (le journal n’est jamais modifié)',
    'Reversed from the journal': 'Annulé depuis le journal',
    'Movement reversed.': 'Mouvement annulé.',
    'Reverse the selected movement? An opposite movement is recorded; the original stays in the journal.':
        'Annuler le mouvement choisi ? Un mouvement inverse est enregistré ; l’original reste dans le journal.',
    'Export every movement that matches the filters to CSV or Excel (XLSX)':
        'Exporter tous les mouvements qui correspondent aux filtres en CSV ou Excel (XLSX)',
    'Excel workbooks (*.xlsx)': 'Classeurs Excel (*.xlsx)',
    'the folder is not writable': 'le dossier n’est pas accessible en écriture',
    'cannot create the workbook': 'impossible de créer le classeur',
    'cannot rename %1': 'impossible de renommer %1',
    'Cancel': 'Annuler',
    'Time': 'Heure',
    'Kind': 'Type',
    'User': 'Utilisateur',
    'Reason / reference': 'Motif / référence',
    'Sync': 'Synchro',
    'All kinds': 'Tous les types',
    'All locations': 'Tous les emplacements',
    'Unknown product %1': 'Produit inconnu %1',
    '%1 (reversal)': '%1 (annulation)',
    'Synced': 'Synchronisé',
    'Waiting': 'En attente',
    'journal-%1.csv': 'journal-%1.csv',
    'Export the journal': 'Exporter le journal',
    'CSV files (*.csv)': 'Fichiers CSV (*.csv)',
    'Exporting…': 'Export en cours…',
    'Edit location %1': 'Modifier l’emplacement %1',
    'New location': 'Nouvel emplacement',
    'what clerks scan, e.g. SHELF-A1': 'ce que scannent les magasiniers, p. ex. RAYON-A1',
    '(none)': '(aucun)',
    '&Code:': '&Code :',
    '&Name:': '&Nom :',
    '&Type:': '&Type :',
    '&Inside:': '&Dans :',
    'Locations': 'Emplacements',
    'Show ar&chived': 'Afficher les arc&hivés',
    '&New location…': '&Nouvel emplacement…',
    '&Edit…': '&Modifier…',
    'Code': 'Code',
    'Name': 'Nom',
    'Type': 'Type',
    'Inside': 'Dans',
    'Status': 'État',
    'Archived': 'Archivé',
    'Active': 'Actif',
    '&Unarchive': 'Désarchi&ver',
    '&Archive': 'Archi&ver',
    'Depot — %1': 'Depot — %1',
    '&Depot': '&Depot',
    '&Settings…': '&Paramètres…',
    '&Quit': '&Quitter',
    '&Help': '&Aide',
    '&Keyboard shortcuts': '&Raccourcis clavier',
    '&About Depot': '&À propos de Depot',
    'Store: %1': 'Base : %1',
    'Nothing waiting to sync': 'Rien en attente de synchronisation',
    '● Offline (not connected)': '● Hors ligne (non connecté)',
    'This computer works on its local store. Synchronisation with a server is not available yet; every change is kept and will be sent once it is.':
        'Cet ordinateur travaille sur sa base locale. La synchronisation avec un serveur n’est pas encore '
        'disponible ; chaque modification est conservée et sera envoyée dès qu’elle le sera.',
    '<h3>Keyboard shortcuts</h3><table cellspacing=4>%1<tr><td><b>F2 … F8</b></td><td>Quick entry: receipt, issue, loss, return, adjustment, transfer, count</td></tr><tr><td><b>5*CODE</b></td><td>Quick entry: record 5 of the scanned product</td></tr><tr><td><b>Ctrl+Z</b></td><td>Quick entry: undo the last entry</td></tr><tr><td><b>Ctrl+N</b></td><td>New product, location or supplier</td></tr><tr><td><b>Ctrl+F</b></td><td>Search</td></tr><tr><td><b>Ctrl+,</b></td><td>Settings (language)</td></tr></table>':
        '<h3>Raccourcis clavier</h3><table cellspacing=4>%1<tr><td><b>F2 … F8</b></td><td>Saisie rapide : réception, '
        'sortie, perte, retour, ajustement, transfert, inventaire</td></tr><tr><td><b>5*CODE</b></td><td>Saisie rapide : '
        'enregistrer 5 du produit scanné</td></tr><tr><td><b>Ctrl+Z</b></td><td>Saisie rapide : annuler la dernière '
        'saisie</td></tr><tr><td><b>Ctrl+N</b></td><td>Nouveau produit, emplacement ou fournisseur</td></tr><tr><td>'
        '<b>Ctrl+F</b></td><td>Rechercher</td></tr><tr><td><b>Ctrl+,</b></td><td>Paramètres (langue)</td></tr></table>',
    'Keyboard shortcuts': 'Raccourcis clavier',
    'About Depot': 'À propos de Depot',
    '<h3>Depot %1</h3><p>Offline-first stock management.</p><p>Licensed under the GNU General Public License, version 3.</p>':
        '<h3>Depot %1</h3><p>Gestion de stock qui fonctionne hors ligne.</p><p>Distribué sous la licence publique '
        'générale GNU, version 3.</p>',
    'New product': 'Nouveau produit',
    'The code <b>%1</b> is not known. Create a product with this barcode?':
        'Le code <b>%1</b> est inconnu. Créer un produit avec ce code-barres ?',
    'Edit product %1': 'Modifier le produit %1',
    'several barcodes separated by spaces': 'plusieurs codes-barres séparés par des espaces',
    'no alert': 'pas d’alerte',
    '&SKU:': '&Référence :',
    '&Barcodes:': 'Codes-&barres :',
    '&Category:': '&Catégorie :',
    '&Unit:': '&Unité :',
    'C&urrency:': '&Devise :',
    'Cos&t price:': 'Prix de re&vient :',
    'Sa&le price:': 'Prix de vent&e :',
    '&Reorder point:': '&Seuil de réapprovisionnement :',
    'Reorder &quantity:': '&Quantité à commander :',
    '&Preferred supplier:': '&Fournisseur habituel :',
    '"%1" is not a price in %2.': '« %1 » n’est pas un prix en %2.',
    '"%1" is not a currency code (three letters, e.g. EUR or XOF).':
        '« %1 » n’est pas un code de devise (trois lettres, p. ex. EUR ou XOF).',
    'Products': 'Produits',
    'Search by name, SKU, barcode or category (Ctrl+F)':
        'Rechercher par nom, référence, code-barres ou catégorie (Ctrl+F)',
    '&New product…': '&Nouveau produit…',
    'Barcodes': 'Codes-barres',
    'Category': 'Catégorie',
    'Unit': 'Unité',
    'Sale price': 'Prix de vente',
    'Quick entry': 'Saisie rapide',
    '&Receipt': '&Réception',
    '&Issue': '&Sortie',
    '&Loss': '&Perte',
    'Re&turn': 'Re&tour',
    '&Adjustment': 'A&justement',
    'Trans&fer': 'Trans&fert',
    '&Count': '&Inventaire',
    '%1 (F%2)': '%1 (F%2)',
    'L&ocation:': '&Emplacement :',
    'D&estination:': 'Desti&nation :',
    '&Quantity:': '&Quantité :',
    '&Scan a location or a product (barcode or SKU), then Enter:':
        'Scanne&z un emplacement ou un produit (code-barres ou référence), puis Entrée :',
    'e.g. SHELF-A, 3017620422003, 5*3017620422003': 'p. ex. RAYON-A, 3017620422003, 5*3017620422003',
    'Scan a location code to select it. "5*CODE" records 5 at once. F2 to F8 choose the kind of movement. Ctrl+Z undoes the last entry.':
        'Scannez le code d’un emplacement pour le choisir. « 5*CODE » enregistre 5 d’un coup. F2 à F8 choisissent '
        'le type de mouvement. Ctrl+Z annule la dernière saisie.',
    'Last entries': 'Dernières saisies',
    '&Undo last (Ctrl+Z)': 'Ann&uler la dernière (Ctrl+Z)',
    'Stock after': 'Stock après',
    '(choose or scan)': '(choisir ou scanner)',
    'Mode: %1': 'Mode : %1',
    'Fr&om:': '&Origine :',
    'Counted &quantity:': 'Quantité &comptée :',
    'From %1. Now scan the destination location.': 'Depuis %1. Scannez maintenant l’emplacement de destination.',
    '%1 is already the source; scan another location as destination.':
        '%1 est déjà l’origine ; scannez un autre emplacement comme destination.',
    'To %1. Now scan the products.': 'Vers %1. Scannez maintenant les produits.',
    'Location: %1': 'Emplacement : %1',
    'Unknown code %1.': 'Code inconnu %1.',
    'Unknown code %1: nothing recorded.': 'Code inconnu %1 : rien n’a été enregistré.',
    'Scan or choose the source location first.': 'Scannez ou choisissez d’abord l’emplacement d’origine.',
    'Scan or choose a location first.': 'Scannez ou choisissez d’abord un emplacement.',
    'Scan or choose the destination location first.': 'Scannez ou choisissez d’abord l’emplacement de destination.',
    '%1: %2 × %3 at %4 — stock now %5': '%1 : %2 × %3 à %4 — stock maintenant %5',
    'Nothing to undo.': 'Rien à annuler.',
    'Undone at entry': 'Annulé à la saisie',
    'Undone: %1 × %2 at %3.': 'Annulé : %1 × %2 à %3.',
    'Transfer': 'Transfert',
    '%1 (undone)': '%1 (annulé)',
    'Settings': 'Paramètres',
    '&Language:': '&Langue :',
    'System default': 'Langue du système',
    'The language changes at once, without restarting Depot.':
        'La langue change immédiatement, sans redémarrer Depot.',
    'Stock': 'Stock',
    'Filter by SKU, product or location (Ctrl+F)': 'Filtrer par référence, produit ou emplacement (Ctrl+F)',
    '&Low or negative only': 'Stock &bas ou négatif seulement',
    '%1 of %2 lines shown: refine the filter to see the others.':
        '%1 lignes affichées sur %2 : affinez le filtre pour voir les autres.',
    'Cannot create the data folder %1.': 'Impossible de créer le dossier de données %1.',
    'Edit supplier %1': 'Modifier le fournisseur %1',
    'New supplier': 'Nouveau fournisseur',
    '&Email:': '&E-mail :',
    '&Phone:': '&Téléphone :',
    'N&otes:': 'N&otes :',
    'Suppliers': 'Fournisseurs',
    '&New supplier…': '&Nouveau fournisseur…',
    'Email': 'E-mail',
    'Phone': 'Téléphone',
    'Notes': 'Notes',
    'Receipt': 'Réception',
    'Issue': 'Sortie',
    'Adjustment': 'Ajustement',
    'Loss': 'Perte',
    'Return': 'Retour',
    'Transfer out': 'Transfert sortant',
    'Transfer in': 'Transfert entrant',
    'Count': 'Inventaire',
    'Warehouse': 'Entrepôt',
    'Shop': 'Magasin',
    'Zone': 'Zone',
    'Low stock': 'Stock bas',
    'Negative stock': 'Stock négatif',
    '"%1" is not a quantity (up to 3 decimals, e.g. 12 or 2,5).':
        '« %1 » n’est pas une quantité (3 décimales au plus, p. ex. 12 ou 2,5).',
    'Depot: offline-first stock management.': 'Depot : gestion de stock qui fonctionne hors ligne.',
    'Data folder holding store.sqlite.': 'Dossier de données contenant store.sqlite.',
    'Name recorded on movements.': 'Nom enregistré sur les mouvements.',
    'Interface language (en, fr).': 'Langue de l’interface (en, fr).',
    'Screen to open first (1-9).': 'Écran à ouvrir au démarrage (1-9).',
    'Cannot open the store in %1:\n%2': 'Impossible d’ouvrir la base dans %1 :\n%2',
}

# Plurals: (French singular, French plural), (English singular, English plural).
PLURALS = {
    '%n acknowledged (they come back when their stock changes).': (
        ('%n acquittée (elle revient quand son stock change).', '%n acquittées (elles reviennent quand leur stock change).'),
        ('%n acknowledged (it comes back when its stock changes).',
         '%n acknowledged (they come back when their stock changes).')),
    '%n alert(s). Negative stock means movements are missing or wrong: check the journal or count the location.': (
        ('%n alerte. Un stock négatif signifie que des mouvements manquent ou sont faux : vérifiez le journal ou '
         'faites l’inventaire de l’emplacement.',
         '%n alertes. Un stock négatif signifie que des mouvements manquent ou sont faux : vérifiez le journal ou '
         'faites l’inventaire de l’emplacement.'),
        ('%n alert. Negative stock means movements are missing or wrong: check the journal or count the location.',
         '%n alerts. Negative stock means movements are missing or wrong: check the journal or count the location.')),
    'Count started: %n product(s) expected here.': (
        ('Inventaire commencé : %n produit attendu ici.', 'Inventaire commencé : %n produits attendus ici.'),
        ('Count started: %n product expected here.', 'Count started: %n products expected here.')),
    'Count posted: %n product(s) updated.': (
        ('Inventaire validé : %n produit mis à jour.', 'Inventaire validé : %n produits mis à jour.'),
        ('Count posted: %n product updated.', 'Count posted: %n products updated.')),
    'Post the count of %n product(s)? Their stock becomes the counted quantity.': (
        ('Valider l’inventaire de %n produit ? Son stock devient la quantité comptée.',
         'Valider l’inventaire de %n produits ? Leur stock devient la quantité comptée.'),
        ('Post the count of %n product? Its stock becomes the counted quantity.',
         'Post the count of %n products? Their stock becomes the counted quantity.')),
    '%n movement(s) exported to %1.': (
        ('%n mouvement exporté vers %1.', '%n mouvements exportés vers %1.'),
        ('%n movement exported to %1.', '%n movements exported to %1.')),
    'Page %1 of %2 — %n movement(s)': (
        ('Page %1 sur %2 — %n mouvement', 'Page %1 sur %2 — %n mouvements'),
        ('Page %1 of %2 — %n movement', 'Page %1 of %2 — %n movements')),
    '%n change(s) waiting to sync': (
        ('%n modification en attente de synchronisation', '%n modifications en attente de synchronisation'),
        ('%n change waiting to sync', '%n changes waiting to sync')),
    '%n product(s)': (('%n produit', '%n produits'), ('%n product', '%n products')),
    '%1 shown of %n product(s)': (
        ('%1 affiché sur %n produit', '%1 affichés sur %n produits'),
        ('%1 shown of %n product', '%1 shown of %n products')),
    '%n line(s)': (('%n ligne', '%n lignes'), ('%n line', '%n lines')),
}

# Messages of the core layer (TenantStore, Money, Quantity), shown to clerks when the store refuses.
FR.update({
    '"%1" is not an ISO 4217 currency code such as EUR or XOF.': '« %1 » n’est pas un code de devise ISO 4217 comme EUR ou XOF.',
    'Expected an amount and a currency, such as "12.50 EUR".': 'Un montant et une devise sont attendus, comme « 12,50 EUR ».',
    '"%1" is not a valid number: %2': '« %1 » n’est pas un nombre valide : %2',
    'A number is required.': 'Un nombre est requis.',
    'too large': 'trop grand',
    'digits expected after the decimal separator': 'chiffres attendus après le séparateur décimal',
    "unexpected character '%1'": 'caractère inattendu « %1 »',
    'digits expected': 'chiffres attendus',
    'The %1 is required.': 'Le champ %1 est obligatoire.',
    'The %1 is longer than %2 characters.': 'Le champ %1 dépasse %2 caractères.',
    'The %1 contains control characters.': 'Le champ %1 contient des caractères de contrôle.',
    'The %1 "%2" must not contain spaces.': 'Le champ %1 « %2 » ne doit pas contenir d’espaces.',
    'The quantity %1 is too large.': 'La quantité %1 est trop grande.',
    'The database is busy or read-only.': 'La base de données est occupée ou en lecture seule.',
    'The changes could not be saved: %1': 'Les modifications n’ont pas pu être enregistrées : %1',
    'Upgrading the store to version %1 failed: %2': 'La mise à niveau de la base vers la version %1 a échoué : %2',
    'Cannot open the store %1: %2': 'Impossible d’ouvrir la base %1 : %2',
    'The SQLite driver gives no connection handle.': 'Le pilote SQLite ne fournit pas de connexion.',
    '%1 is not a Depot store (or it is damaged): %2': '%1 n’est pas une base Depot (ou elle est endommagée) : %2',
    '%1 is not a Depot store.': '%1 n’est pas une base Depot.',
    'The store %1 was written by a newer version of Depot (schema %2, this version understands up to %3). Update Depot to open it; the store was not changed.':
        'La base %1 a été écrite par une version plus récente de Depot (schéma %2, cette version comprend '
        'jusqu’au %3). Mettez Depot à jour pour l’ouvrir ; la base n’a pas été modifiée.',
    'Cannot configure the store %1: %2': 'Impossible de configurer la base %1 : %2',
    'A location with code %1 already exists.': 'Un emplacement de code %1 existe déjà.',
    'The parent location does not exist.': 'L’emplacement parent n’existe pas.',
    'This location does not exist.': 'Cet emplacement n’existe pas.',
    'A location cannot be inside itself.': 'Un emplacement ne peut pas être dans lui-même.',
    'This supplier does not exist.': 'Ce fournisseur n’existe pas.',
    'This product does not exist.': 'Ce produit n’existe pas.',
    'Record transfers with both locations, as a transfer.': 'Enregistrez les transferts avec les deux emplacements, comme transfert.',
    'An adjustment of zero changes nothing.': 'Un ajustement de zéro ne change rien.',
    'The quantity must be greater than zero (the kind of movement gives the direction).':
        'La quantité doit être supérieure à zéro (le type de mouvement donne le sens).',
    '"%1" is not a currency code.': '« %1 » n’est pas un code de devise.',
    'The quantity to transfer must be greater than zero.': 'La quantité à transférer doit être supérieure à zéro.',
    'A transfer needs two different locations.': 'Un transfert nécessite deux emplacements différents.',
    'This movement does not exist.': 'Ce mouvement n’existe pas.',
    'This movement is itself a reversal; record a new movement instead.':
        'Ce mouvement est lui-même une annulation ; enregistrez plutôt un nouveau mouvement.',
    'This movement has already been reversed.': 'Ce mouvement a déjà été annulé.',
    'A movement needs an id, a product, a location and an HLC.': 'Un mouvement nécessite un identifiant, un produit, un emplacement et une HLC.',
    'The movement refers to an unknown product.': 'Le mouvement fait référence à un produit inconnu.',
    'The movement refers to an unknown location.': 'Le mouvement fait référence à un emplacement inconnu.',
    'The movement reverses an unknown movement.': 'Le mouvement annule un mouvement inconnu.',
    'This item was not rejected.': 'Cet élément n’a pas été rejeté.',
    'The server sent a page older than the one already applied.': 'Le serveur a envoyé une page plus ancienne que celle déjà appliquée.',
    'A catalog record needs an id.': 'Un élément du catalogue nécessite un identifiant.',
    'The field %1 has no HLC stamp.': 'Le champ %1 n’a pas d’horodatage HLC.',
    'A product needs a SKU and a name.': 'Un produit nécessite une référence et un nom.',
    'A location needs a code and a name.': 'Un emplacement nécessite un code et un nom.',
    'A supplier needs a name.': 'Un fournisseur nécessite un nom.',
    'Unknown catalog entity "%1".': 'Type d’élément de catalogue inconnu « %1 ».',
    'Product %1 was merged into another product; record movements on that one.':
        'Le produit %1 a été fusionné avec un autre produit ; enregistrez les mouvements sur celui-ci.',
    'Product %1 is archived; restore it before recording movements.':
        'Le produit %1 est archivé ; désarchivez-le avant d’enregistrer des mouvements.',
    'Location %1 is archived; restore it before recording movements.':
        'L’emplacement %1 est archivé ; désarchivez-le avant d’enregistrer des mouvements.',
    'The barcode %1 already belongs to product %2.': 'Le code-barres %1 appartient déjà au produit %2.',
    'Reorder quantities cannot be negative.': 'Les quantités de réapprovisionnement ne peuvent pas être négatives.',
    'The preferred supplier does not exist.': 'Le fournisseur habituel n’existe pas.',
    'A product with SKU %1 already exists.': 'Un produit de référence %1 existe déjà.',
})
PLURALS['at most %n decimal(s) allowed'] = (
    ('%n décimale au plus', '%n décimales au plus'), ('at most %n decimal allowed', 'at most %n decimals allowed'))

# Dashboard and admin screens (issue 5, parts 4 and 5). Added without replacing an existing entry.
for _source, _french in {
    'Dashboard': 'Tableau de bord',
    '&Period:': '&Période :',
    'Last 7 days': '7 derniers jours',
    'Last 30 days': '30 derniers jours',
    'Last 90 days (by week)': '90 derniers jours (par semaine)',
    'Last 12 months (by month)': '12 derniers mois (par mois)',
    'Stock value (quantity in stock × cost price)': 'Valeur du stock (quantité en stock × prix de revient)',
    'Low stock': 'Stock bas',
    'Movements over the period': 'Mouvements sur la période',
    '&Low stock items': 'Articles en stock &bas',
    '&Top movers in the period': 'Produits les plus &mouvementés sur la période',
    'Movements': 'Mouvements',
    'In': 'Entrées',
    'Out': 'Sorties',
    'No stock with a cost price': 'Aucun stock avec un prix de revient',
    'Stock in (movements)': 'Entrées de stock (mouvements)',
    'Stock out (movements)': 'Sorties de stock (mouvements)',
    'Transfers and counts': 'Transferts et inventaires',
    'Companies': 'Entreprises',
    'Companies are managed with a platform administrator\'s account, separate from your company account. Sign in '
    'with it here; the session lasts 15 minutes and is not kept.':
        'Les entreprises se gèrent avec un compte d’administrateur de la plateforme, distinct de votre compte '
        'd’entreprise. Connectez-vous avec lui ici ; la session dure 15 minutes et n’est pas conservée.',
    '&Email or phone:': '&E-mail ou téléphone :',
    'Pass&word:': '&Mot de passe :',
    '&Sign in as platform administrator': '&Se connecter comme administrateur de la plateforme',
    'Company id': 'Identifiant',
    'Name': 'Nom',
    'Status': 'État',
    'Plan': 'Formule',
    'Trial ends': 'Fin de l’essai',
    'Users': 'Utilisateurs',
    'Locations': 'Emplacements',
    'Products': 'Produits',
    'Devices': 'Appareils',
    'S&uspend…': 'Sus&pendre…',
    'Reac&tivate…': 'Réac&tiver…',
    'Give the platform administrator\'s email or phone and password.':
        'Indiquez l’e-mail ou le téléphone et le mot de passe de l’administrateur de la plateforme.',
    'This is not a platform administrator\'s email and password.':
        'Ce ne sont pas l’e-mail et le mot de passe d’un administrateur de la plateforme.',
    'Sign in as a platform administrator to see the companies.':
        'Connectez-vous comme administrateur de la plateforme pour voir les entreprises.',
    'The first %1 companies are shown.': 'Les %1 premières entreprises sont affichées.',
    'Suspend company': 'Suspendre l’entreprise',
    'Reactivate company': 'Réactiver l’entreprise',
    'Suspend %1 (%2)? Its people can no longer sign in or sync; their computers keep their data and what they have '
    'not sent yet.':
        'Suspendre %1 (%2) ? Ses membres ne pourront plus se connecter ni synchroniser ; leurs ordinateurs gardent '
        'leurs données et ce qu’ils n’ont pas encore envoyé.',
    'Reactivate %1 (%2)? Its people can sign in and sync again.':
        'Réactiver %1 (%2) ? Ses membres pourront de nouveau se connecter et synchroniser.',
    '%1 is suspended.': '%1 est suspendue.',
    '%1 is active again.': '%1 est de nouveau active.',
    'Pending': 'En attente',
    'Trial': 'Essai',
    'Active': 'Active',
    'Suspended': 'Suspendue',
    'Cancelled': 'Résiliée',
    'Starter': 'Starter',
    'Professional': 'Professionnel',
    'Enterprise': 'Entreprise',
    'Plan and usage': 'Formule et utilisation',
    'Resource': 'Ressource',
    'Used': 'Utilisé',
    'Limit': 'Limite',
    '%1 plan — company %2': 'Formule %1 — entreprise : %2',
    'The trial ends on %1.': 'L’essai se termine le %1.',
    '%1 movements recorded on the server.': '%1 mouvements enregistrés sur le serveur.',
    'unlimited': 'illimité',
    'Re&fresh (F5)': 'Act&ualiser (F5)',
    'This screen needs the server: sign in to your company\'s server to use it. Everything else works on this '
    'computer without it.':
        'Cet écran a besoin du serveur : connectez-vous au serveur de votre entreprise pour l’utiliser. Tout le '
        'reste fonctionne sur cet ordinateur sans lui.',
    'Your role does not allow this. Ask an administrator of your company.':
        'Votre rôle ne le permet pas. Demandez à un administrateur de votre entreprise.',
    'These screens need the server, and it cannot be reached now (%1). Everything else keeps working on this '
    'computer; try again when the network is back.':
        'Ces écrans ont besoin du serveur, qui est injoignable pour le moment (%1). Tout le reste continue de '
        'fonctionner sur cet ordinateur ; réessayez quand le réseau sera revenu.',
    'The server\'s certificate is not the one this computer trusts: nothing was sent.':
        'Le certificat du serveur n’est pas celui auquel cet ordinateur fait confiance : rien n’a été envoyé.',
    'Your session with the server has ended. Sign in again to use these screens.':
        'Votre session avec le serveur est terminée. Reconnectez-vous pour utiliser ces écrans.',
    'The server refuses your company for now: %1': 'Le serveur refuse votre entreprise pour le moment : %1',
    'The server refused: %1': 'Le serveur a refusé : %1',
    'Owner': 'Propriétaire',
    'Administrator': 'Administrateur',
    'Manager': 'Responsable',
    'Clerk': 'Magasinier',
    'Viewer': 'Lecteur',
    'Audit log': 'Journal d’audit',
    'When': 'Quand',
    'Who': 'Qui',
    'Action': 'Action',
    'Target': 'Cible',
    'From': 'Depuis',
    'Details': 'Détails',
    '&Newer (Ctrl+PgUp)': 'Plus &récents (Ctrl+PgUp)',
    '&Older (Ctrl+PgDown)': 'Plus an&ciens (Ctrl+PgDown)',
    'No entry here.': 'Aucune entrée ici.',
    'Entries %1 to %2, newest first.': 'Entrées %1 à %2, les plus récentes d’abord.',
    'New member': 'Nouveau membre',
    '&First name:': '&Prénom :',
    '&Last name:': '&Nom :',
    '&Role:': '&Rôle :',
    'A new person gets a temporary password, shown once, that they change when they first sign in. Someone who '
    'already has a Depot account keeps their own password.':
        'Une nouvelle personne reçoit un mot de passe temporaire, affiché une seule fois, qu’elle change à sa '
        'première connexion. Une personne qui a déjà un compte Depot garde son propre mot de passe.',
    'Give the person\'s email or phone number.': 'Indiquez l’e-mail ou le numéro de téléphone de la personne.',
    'Users and roles': 'Utilisateurs et rôles',
    'Email or phone': 'E-mail ou téléphone',
    'Role': 'Rôle',
    'Since': 'Depuis le',
    '&New member… (Ctrl+N)': '&Nouveau membre… (Ctrl+N)',
    'Change &role…': 'Changer le &rôle…',
    'Re&activate…': 'Réac&tiver…',
    'Dea&ctivate…': 'Désac&tiver…',
    'Deactivated': 'Désactivé',
    '%1 was added as %2.': '%1 a été ajouté(e) comme %2.',
    '%1 already has a Depot account and signs in with their own password.':
        '%1 a déjà un compte Depot et se connecte avec son propre mot de passe.',
    'Give this temporary password to %1 now. It is shown only this once; they choose their own when they first '
    'sign in.':
        'Donnez maintenant ce mot de passe temporaire à %1. Il n’est affiché que cette fois ; la personne choisit '
        'le sien à sa première connexion.',
    'Change role': 'Changer le rôle',
    'New role of %1:': 'Nouveau rôle de %1 :',
    '%1 is now %2.': '%1 est maintenant %2.',
    'Deactivate': 'Désactiver',
    'Deactivate %1? Their sessions end at once and they can no longer sign in to this company. Their movements stay '
    'in the journal.':
        'Désactiver %1 ? Ses sessions se terminent aussitôt et la personne ne peut plus se connecter à cette '
        'entreprise. Ses mouvements restent dans le journal.',
    'Reactivate': 'Réactiver',
    'Give %1 access to this company again?': 'Redonner à %1 l’accès à cette entreprise ?',
    '%1 was deactivated.': '%1 a été désactivé(e).',
    '%1 was reactivated.': '%1 a été réactivé(e).',
    'Device id': 'Identifiant de l’appareil',
    'Last seen': 'Dernière activité',
    'Last address': 'Dernière adresse',
    'Clock': 'Horloge',
    '&Revoke…': '&Révoquer…',
    '(unnamed)': '(sans nom)',
    '%1 s off: fix this device\'s clock': 'décalée de %1 s : réglez l’horloge de cet appareil',
    'OK': 'OK',
    'Revoked': 'Révoqué',
    'Revoke device': 'Révoquer l’appareil',
    'Revoke the device %1? Its sessions end at once and it must sign in again to sync. Movements it has not sent yet '
    'stay on it.':
        'Révoquer l’appareil %1 ? Ses sessions se terminent aussitôt et il doit se reconnecter pour synchroniser. '
        'Les mouvements qu’il n’a pas encore envoyés y restent.',
    'The device %1 was revoked.': 'L’appareil %1 a été révoqué.',
    'Signed in': 'Connexion',
    'Signed out': 'Déconnexion',
    'Password changed': 'Mot de passe changé',
    'Session ended: a sign-in token was used twice': 'Session terminée : un jeton de connexion a servi deux fois',
    'Device registered': 'Appareil enregistré',
    'Device revoked': 'Appareil révoqué',
    'Changes sent (sync)': 'Modifications envoyées (synchronisation)',
    'Company created': 'Entreprise créée',
    'Company status or plan changed': 'État ou formule de l’entreprise modifié',
    'Member added': 'Membre ajouté',
    'Member changed': 'Membre modifié',
    'Product created': 'Produit créé',
    'Product changed': 'Produit modifié',
    'Location created': 'Emplacement créé',
    'Location changed': 'Emplacement modifié',
    'Supplier created': 'Fournisseur créé',
    'Supplier changed': 'Fournisseur modifié',
}.items():
    FR.setdefault(_source, _french)
for _source, _forms in {
    '%n line(s) in stock have no cost price and are not counted.': (
        ('%n ligne en stock n’a pas de prix de revient et n’est pas comptée.',
         '%n lignes en stock n’ont pas de prix de revient et ne sont pas comptées.'),
        ('%n line in stock has no cost price and is not counted.',
         '%n lines in stock have no cost price and are not counted.')),
    '%n item(s) at or under the reorder point': (
        ('%n article au seuil de réapprovisionnement ou en dessous',
         '%n articles au seuil de réapprovisionnement ou en dessous'),
        ('%n item at or under the reorder point', '%n items at or under the reorder point')),
    '%n line(s) with negative stock': (
        ('%n ligne en stock négatif', '%n lignes en stock négatif'),
        ('%n line with negative stock', '%n lines with negative stock')),
}.items():
    PLURALS.setdefault(_source, _forms)

# Desktop sign-in and sync (login dialog, session, sync problems, settings, depot command line,
# and the sync engine's messages, which reach the clerk in the status bar).
for _source, _french in {
    'The cryptography library failed to start.': 'La bibliothèque de cryptographie n’a pas pu démarrer.',
    'Not enough memory to protect the password.': 'Pas assez de mémoire pour protéger le mot de passe.',
    'Cannot read %1: %2': 'Impossible de lire %1 : %2',
    '%1 is damaged. Move it away and sign in again; the store is not affected.':
        '%1 est endommagé. Déplacez-le ailleurs et reconnectez-vous ; le stock local n’est pas touché.',
    'Switch company': 'Changer d’entreprise',
    '&Companies of %1:': '&Entreprises de %1 :',
    'Asking the server for your companies…': 'Demande de vos entreprises au serveur…',
    'The server could not list your companies (%1). The companies already used on this computer are shown.':
        'Le serveur n’a pas pu lister vos entreprises (%1). Les entreprises déjà utilisées sur cet ordinateur sont '
        'affichées.',
    'Each company has its own store on this computer and its own session.':
        'Chaque entreprise a son propre stock local sur cet ordinateur et sa propre session.',
    'no answer from the server': 'aucune réponse du serveur',
    'Sign in to Depot': 'Connexion à Depot',
    'Sign in to your company\'s Depot server. After one sign-in on this computer, you can also unlock it with your '
    'password when the server cannot be reached.':
        'Connectez-vous au serveur Depot de votre entreprise. Après une première connexion sur cet ordinateur, vous '
        'pourrez aussi le déverrouiller avec votre mot de passe quand le serveur est injoignable.',
    '&Server:': '&Serveur :',
    '&Company:': '&Entreprise :',
    '&Email or phone:': '&Identifiant (e-mail ou téléphone) :',
    '&Password:': '&Mot de passe :',
    'company identifier, e.g. acme-corp': 'identifiant de l’entreprise, par ex. acme-corp',
    'Sign &in': 'Se &connecter',
    'Trust this server?': 'Faire confiance à ce serveur ?',
    'This server\'s certificate is not signed by an authority this computer knows (a self-hosted server). Compare '
    'its SHA-256 fingerprint with the one your administrator gives you (depot-server prints it when it starts). '
    'Trust it only if they are identical: it will be remembered, and a different certificate will be refused.':
        'Le certificat de ce serveur n’est pas signé par une autorité connue de cet ordinateur (serveur '
        'auto-hébergé). Comparez son empreinte SHA-256 avec celle que vous donne votre administrateur (depot-server '
        'l’affiche au démarrage). Ne lui faites confiance que si elles sont identiques : elle sera mémorisée, et un '
        'autre certificat sera refusé.',
    '&Trust this server': '&Faire confiance à ce serveur',
    'Do &not trust': '&Ne pas faire confiance',
    'Choose a new password': 'Choisissez un nouveau mot de passe',
    'Your password was set by an administrator: choose your own before going on (at least 10 characters).':
        'Votre mot de passe a été fixé par un administrateur : choisissez le vôtre avant de continuer (au moins 10 '
        'caractères).',
    '&New password:': '&Nouveau mot de passe :',
    'Con&firm:': 'Confi&rmer :',
    'C&hange password': 'C&hanger le mot de passe',
    'The two new passwords differ. Type the same one twice.':
        'Les deux nouveaux mots de passe diffèrent. Saisissez deux fois le même.',
    'Type a new password.': 'Saisissez un nouveau mot de passe.',
    'Enter the server address, for example https://depot.example.com:8443.':
        'Saisissez l’adresse du serveur, par exemple https://depot.example.com:8443.',
    'The server address must start with https:// (Depot only talks to servers over HTTPS).':
        'L’adresse du serveur doit commencer par https:// (Depot ne parle aux serveurs qu’en HTTPS).',
    'Enter the company identifier (for example acme-corp).': 'Saisissez l’identifiant de l’entreprise (par exemple acme-corp).',
    'Enter your email address or phone number.': 'Saisissez votre adresse e-mail ou votre numéro de téléphone.',
    'Enter your password.': 'Saisissez votre mot de passe.',
    'The certificate fingerprint must be a SHA-256 (64 hexadecimal digits, colons allowed).':
        'L’empreinte du certificat doit être un SHA-256 (64 chiffres hexadécimaux, deux-points acceptés).',
    'Connecting to %1…': 'Connexion à %1…',
    'Cannot reach the server: %1': 'Serveur injoignable : %1',
    'The server\'s certificate is not trusted by this computer. Its SHA-256 fingerprint is %1. Check it with the '
    'server\'s administrator, then give it with --pin.':
        'Cet ordinateur ne fait pas confiance au certificat du serveur. Son empreinte SHA-256 est %1. Vérifiez-la '
        'auprès de l’administrateur du serveur, puis donnez-la avec --pin.',
    'The server\'s certificate was not trusted: nothing was sent to it.':
        'Le certificat du serveur n’a pas été accepté : rien ne lui a été envoyé.',
    'Signing in…': 'Connexion…',
    'Warning: the server\'s certificate is not the one this computer trusted (SHA-256 %1). The connection was '
    'refused and nothing was sent: someone may be impersonating the server. If its administrator really replaced '
    'the certificate, check the new fingerprint with them, then remove the "pin" line from %2 and sign in again.':
        'Attention : le certificat du serveur n’est pas celui auquel cet ordinateur fait confiance (SHA-256 %1). La '
        'connexion a été refusée et rien n’a été envoyé : quelqu’un usurpe peut-être le serveur. Si son '
        'administrateur a vraiment remplacé le certificat, vérifiez avec lui la nouvelle empreinte, puis retirez la '
        'ligne « pin » de %2 et reconnectez-vous.',
    'The server asks this user to choose a new password first. Sign in once with the window (without '
    '--password-stdin) to change it.':
        'Le serveur demande d’abord à cet utilisateur de choisir un nouveau mot de passe. Connectez-vous une fois '
        'par la fenêtre (sans --password-stdin) pour le changer.',
    'The password was not changed, so the sign-in was abandoned.':
        'Le mot de passe n’a pas été changé : la connexion est abandonnée.',
    'Changing the password…': 'Changement du mot de passe…',
    '%1\nOffline unlock works only after this user has signed in online once on this computer.':
        '%1\nLe déverrouillage hors ligne n’est possible qu’après une première connexion en ligne de cet '
        'utilisateur sur cet ordinateur.',
    'The server cannot be reached: checking the password on this computer…':
        'Serveur injoignable : vérification du mot de passe sur cet ordinateur…',
    'The password is wrong (checked on this computer: the server cannot be reached).':
        'Le mot de passe est faux (vérifié sur cet ordinateur : le serveur est injoignable).',
    'Unlocked offline. %1 Your work is kept and will be sent when the server is back.':
        'Déverrouillé hors ligne. %1 Votre travail est conservé et sera envoyé au retour du serveur.',
    'S&ync now': 'S&ynchroniser maintenant',
    'Sign &in again…': 'Se re&connecter…',
    'Sign &in to a server…': 'Se &connecter à un serveur…',
    'S&witch company…': 'C&hanger d’entreprise…',
    'Sign &out': 'Se &déconnecter',
    '● Local only (not signed in)': '● Local seulement (non connecté)',
    'This computer works on its local store. Sign in to a server (Depot menu) to share the stock with the other '
    'computers; every change is kept until then.':
        'Cet ordinateur travaille sur son stock local. Connectez-vous à un serveur (menu Depot) pour partager le '
        'stock avec les autres ordinateurs ; chaque modification est conservée d’ici là.',
    'Last sync: %1': 'Dernière synchro : %1',
    'Never synced': 'Jamais synchronisé',
    '● Syncing…': '● Synchronisation…',
    '● Signed out: sign in again': '● Déconnecté : reconnectez-vous',
    '● Online': '● En ligne',
    '● Offline': '● Hors ligne',
    '%1 at %2, signed in as %3': '%1 sur %2, connecté en tant que %3',
    'This computer\'s clock is %1 minute(s) %2 the server\'s. Stock counts are ordered by time: set the clock right '
    '(date, time and time zone).':
        'L’horloge de cet ordinateur est %1 minute(s) %2 celle du serveur. Les inventaires sont ordonnés par '
        'l’heure : réglez l’horloge (date, heure et fuseau horaire).',
    'ahead of': 'en avance sur',
    'behind': 'en retard sur',
    '%1 received': '%1 reçus',
    'Depot: new stock alerts': 'Depot : nouvelles alertes de stock',
    '<h3>Keyboard shortcuts</h3><table cellspacing=4>%1<tr><td><b>F2 … F8</b></td><td>Quick entry: receipt, issue, '
    'loss, return, adjustment, transfer, count</td></tr><tr><td><b>5*CODE</b></td><td>Quick entry: record 5 of the '
    'scanned product</td></tr><tr><td><b>Ctrl+Z</b></td><td>Quick entry: undo the last entry</td></tr><tr><td><b>'
    'Ctrl+N</b></td><td>New product, location or supplier</td></tr><tr><td><b>Ctrl+F</b></td><td>Search</td></tr>'
    '<tr><td><b>Ctrl+K</b></td><td>Alerts: acknowledge the selected alerts</td></tr>'
    '<tr><td><b>F9</b></td><td>Sync now</td></tr><tr><td><b>Ctrl+Shift+O</b></td><td>Switch company</td></tr><tr>'
    '<td><b>Ctrl+,</b></td><td>Settings (language, sync interval, data folder)</td></tr></table>':
        '<h3>Raccourcis clavier</h3><table cellspacing=4>%1<tr><td><b>F2 … F8</b></td><td>Saisie rapide : '
        'réception, sortie, perte, retour, ajustement, transfert, inventaire</td></tr><tr><td><b>5*CODE</b></td>'
        '<td>Saisie rapide : enregistrer 5 du produit scanné</td></tr><tr><td><b>Ctrl+Z</b></td><td>Saisie rapide : '
        'annuler la dernière saisie</td></tr><tr><td><b>Ctrl+N</b></td><td>Nouveau produit, emplacement ou '
        'fournisseur</td></tr><tr><td><b>Ctrl+F</b></td><td>Rechercher</td></tr><tr><td><b>Ctrl+K</b></td><td>'
        'Alertes : acquitter les alertes sélectionnées</td></tr><tr><td><b>F9</b></td><td>'
        'Synchroniser maintenant</td></tr><tr><td><b>Ctrl+Maj+O</b></td><td>Changer d’entreprise</td></tr><tr><td>'
        '<b>Ctrl+,</b></td><td>Paramètres (langue, intervalle de synchro, dossier des données)</td></tr></table>',
    'Sync problems': 'Problèmes de synchro',
    'Sync problems (%1)': 'Problèmes de synchro (%1)',
    '&Retry after fixing': '&Réessayer après correction',
    'D&iscard': 'A&bandonner',
    'Refused at': 'Refusé le',
    'Item': 'Élément',
    'Reason': 'Motif',
    'Movement': 'Mouvement',
    'Supplier': 'Fournisseur',
    'No sync problem: the server accepted everything this computer sent.':
        'Aucun problème de synchro : le serveur a accepté tout ce que cet ordinateur a envoyé.',
    'Discard': 'Abandonner',
    'Data folder': 'Dossier des données',
    '&Sync every:': '&Synchroniser toutes les :',
    ' min': ' min',
    'only on demand (F9)': 'seulement à la demande (F9)',
    '&Data folder:': '&Dossier des données :',
    'default': 'par défaut',
    '&Browse…': '&Parcourir…',
    'Each company you sign in to keeps its own store in this folder. A new folder is used from the next start; the '
    'data already recorded stays in the old one.':
        'Chaque entreprise à laquelle vous vous connectez garde son propre stock local dans ce dossier. Un nouveau '
        'dossier sert à partir du prochain démarrage ; les données déjà enregistrées restent dans l’ancien.',
    'Cannot create the data folder %1. Choose another one.': 'Impossible de créer le dossier des données %1. Choisissez-en un autre.',
    'The server refused the new password.': 'Le serveur a refusé le nouveau mot de passe.',
    'This device is not signed in to the server. Sign in first.':
        'Cet appareil n’est pas connecté au serveur. Connectez-vous d’abord.',
    'The server answered the sign-in without tokens.': 'Le serveur a répondu à la connexion sans jetons.',
    'The server answered a push with the wrong number of results.':
        'Le serveur a répondu à un envoi avec un nombre de résultats erroné.',
    'The server sent a catalog record this client cannot read: %1':
        'Le serveur a envoyé une fiche du catalogue illisible pour cette version : %1',
    'The server sent a movement this client cannot read: %1':
        'Le serveur a envoyé un mouvement illisible pour cette version : %1',
    'The server sent an invalid pull cursor.': 'Le serveur a envoyé un curseur de réception invalide.',
    'The server\'s certificate is not trusted (%1). Pin its fingerprint or give its CA.':
        'Le certificat du serveur n’est pas reconnu (%1). Épinglez son empreinte ou donnez son autorité (CA).',
    'The server\'s certificate does not match the pinned fingerprint. The connection was refused.':
        'Le certificat du serveur ne correspond pas à l’empreinte épinglée. La connexion a été refusée.',
    'The server is busy or failing (HTTP %1).': 'Le serveur est occupé ou en panne (HTTP %1).',
    'The server is busy or failing (HTTP %1): %2': 'Le serveur est occupé ou en panne (HTTP %1) : %2',
    'The server speaks a newer sync protocol than this version of Depot (%1). Update Depot; your local data and '
    'unsent changes are kept.':
        'Le serveur utilise un protocole de synchronisation plus récent que cette version de Depot (%1). Mettez '
        'Depot à jour ; vos données locales et les modifications non envoyées sont conservées.',
    'The server refused the credentials.': 'Le serveur a refusé les identifiants.',
    ' You can keep working offline.': ' Vous pouvez continuer à travailler hors ligne.',
    'The server refused the request (HTTP %1).': 'Le serveur a refusé la demande (HTTP %1).',
    'cannot save the screenshot to %1': 'impossible d’enregistrer la capture dans %1',
    'Data folder (each company\'s store and profile are under it).':
        'Dossier des données (le stock et le profil de chaque entreprise s’y trouvent).',
    'Sign in to this server (https://host:port).': 'Se connecter à ce serveur (https://hôte:port).',
    'Company identifier (slug) to sign in to.': 'Identifiant (slug) de l’entreprise où se connecter.',
    'Email or phone to sign in with (with --server); else the name recorded on movements of a local store.':
        'E-mail ou téléphone de connexion (avec --server) ; sinon le nom inscrit sur les mouvements d’un stock local.',
    'Read the password from the first line of standard input.':
        'Lire le mot de passe sur la première ligne de l’entrée standard.',
    'Trust the server certificate with this SHA-256 fingerprint.':
        'Faire confiance au certificat du serveur ayant cette empreinte SHA-256.',
    'Where the session is kept: keychain (default) or file (less safe).':
        'Où garder la session : keychain (trousseau, par défaut) ou file (fichier, moins sûr).',
    'Save a PNG of the window once the first sync has finished.':
        'Enregistrer une image PNG de la fenêtre une fois la première synchro terminée.',
    'Quit after the screenshot.': 'Quitter après la capture.',
    'unknown language \'%1\' (use en or fr)': 'langue inconnue « %1 » (utilisez en ou fr)',
    '--credential-store must be file or keychain (got \'%1\')': '--credential-store doit être file ou keychain (reçu « %1 »)',
    '--server needs %1': '--server demande %1',
    '--%1 is used only with --server': '--%1 ne s’utilise qu’avec --server',
    '--quit is used only with --screenshot': '--quit ne s’utilise qu’avec --screenshot',
    'cannot read the password from standard input': 'impossible de lire le mot de passe sur l’entrée standard',
    'no password on standard input (give it as the first line)':
        'aucun mot de passe sur l’entrée standard (donnez-le en première ligne)',
    'sign-in failed: %1': 'échec de la connexion : %1',
    'first sync failed: %1': 'échec de la première synchro : %1',
    '%1\nWhere no keychain runs (a server, a script), start Depot with --credential-store file (less safe: see the '
    'documentation).':
        '%1\nLà où aucun trousseau ne tourne (un serveur, un script), lancez Depot avec --credential-store file '
        '(moins sûr : voir la documentation).',
    # Work off the GUI thread: journal pages, count start, company opening; scan sounds.
    'The journal could not be read: %1': 'Le journal n’a pas pu être lu : %1',
    'Reading the journal…': 'Lecture du journal…',
    'Stop reading the expected quantities; no count is started':
        'Arrêter la lecture des quantités attendues ; aucun inventaire n’est commencé',
    'Reading the stock of %1 to freeze the expected quantities…':
        'Lecture du stock de %1 pour figer les quantités attendues…',
    'Count not started.': 'Inventaire non commencé.',
    'The count could not start: %1': 'L’inventaire n’a pas pu commencer : %1',
    'Not counted: the expected quantities are still being read. Scan %1 again once the count has started.':
        'Non compté : les quantités attendues sont encore en cours de lecture. Scannez %1 à nouveau une fois '
        'l’inventaire commencé.',
    'Play a s&ound for each scan (a different one for an error)':
        'Émettre un s&on à chaque scan (un autre pour une erreur)',
    'Opening %1…': 'Ouverture de %1…',
}.items():
    FR.setdefault(_source, _french)
for _source, _forms in {
    '%n sync problem(s)': (('%n problème de synchro', '%n problèmes de synchro'),
                           ('%n sync problem', '%n sync problems')),
    '%n new alert(s) after the sync: see the Alerts screen.': (
        ('%n nouvelle alerte après la synchro : voyez l’écran Alertes.',
         '%n nouvelles alertes après la synchro : voyez l’écran Alertes.'),
        ('%n new alert after the sync: see the Alerts screen.',
         '%n new alerts after the sync: see the Alerts screen.')),
    'The server refused %n item(s). They do not count in the stock meanwhile. Fix the cause (ask an administrator '
    'for the permission, create what is missing), then retry; or discard what was a mistake.': (
        ('Le serveur a refusé %n élément. Il ne compte pas dans le stock d’ici là. Corrigez la cause (demandez la '
         'permission à un administrateur, créez ce qui manque), puis réessayez ; ou abandonnez ce qui était une '
         'erreur.',
         'Le serveur a refusé %n éléments. Ils ne comptent pas dans le stock d’ici là. Corrigez la cause (demandez '
         'la permission à un administrateur, créez ce qui manque), puis réessayez ; ou abandonnez ce qui était une '
         'erreur.'),
        ('The server refused %n item. It does not count in the stock meanwhile. Fix the cause (ask an administrator '
         'for the permission, create what is missing), then retry; or discard what was a mistake.',
         'The server refused %n items. They do not count in the stock meanwhile. Fix the cause (ask an '
         'administrator for the permission, create what is missing), then retry; or discard what was a mistake.')),
    '%n item(s) queued again: they will be sent at the next sync.': (
        ('%n élément remis en file : il sera envoyé à la prochaine synchro.',
         '%n éléments remis en file : ils seront envoyés à la prochaine synchro.'),
        ('%n item queued again: it will be sent at the next sync.',
         '%n items queued again: they will be sent at the next sync.')),
    'Discard %n refused item(s)? They stay in the journal for the record, but never count in the stock and are '
    'never sent again.': (
        ('Abandonner %n élément refusé ? Il reste dans le journal pour mémoire, mais ne compte plus jamais dans le '
         'stock et n’est plus jamais envoyé.',
         'Abandonner %n éléments refusés ? Ils restent dans le journal pour mémoire, mais ne comptent plus jamais '
         'dans le stock et ne sont plus jamais envoyés.'),
        ('Discard %n refused item? It stays in the journal for the record, but never counts in the stock and is '
         'never sent again.',
         'Discard %n refused items? They stay in the journal for the record, but never count in the stock and are '
         'never sent again.')),
    '%n item(s) discarded.': (('%n élément abandonné.', '%n éléments abandonnés.'),
                              ('%n item discarded.', '%n items discarded.')),
    '%1 Nothing was lost: %n change(s) wait in the outbox until the account is active again.': (
        ('%1 Rien n’est perdu : %n modification attend dans la file d’envoi que le compte soit de nouveau actif.',
         '%1 Rien n’est perdu : %n modifications attendent dans la file d’envoi que le compte soit de nouveau '
         'actif.'),
        ('%1 Nothing was lost: %n change waits in the outbox until the account is active again.',
         '%1 Nothing was lost: %n changes wait in the outbox until the account is active again.')),
}.items():
    PLURALS.setdefault(_source, _forms)

# lupdate names the context of core's messages after the enclosing scope, but at run time they are
# all looked up as "depot::core::TenantStore" (core/tenantstore.cpp's tr()): merge them there.
CORE_CONTEXT = 'depot::core::TenantStore'
MERGED_CONTEXTS = ('depot::core', 'depot::core::TenantStore::Private')


def merge_core_contexts(root):
    contexts = {c.find('name').text: c for c in root.findall('context')}
    target = contexts.get(CORE_CONTEXT)
    for name in MERGED_CONTEXTS:
        context = contexts.get(name)
        if context is None:
            continue
        if target is None:
            context.find('name').text = CORE_CONTEXT
            target = context
            continue
        sources = {m.find('source').text for m in target.findall('message')}
        for message in context.findall('message'):
            if message.find('source').text not in sources:
                target.append(message)
        root.remove(context)


def fill(path, french):
    tree = ET.parse(path)
    merge_core_contexts(tree.getroot())
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            forms = PLURALS.get(source)
            if not forms:
                missing.append(source)
                translation.set('type', 'unfinished')
                continue
            for form in forms[0 if french else 1]:
                ET.SubElement(translation, 'numerusform').text = form
        elif french:
            if source not in FR:
                missing.append(source)
                translation.set('type', 'unfinished')
                continue
            translation.text = FR[source]
        else:
            # English is the source language: the translation is the source text, finished, so
            # that Linguist and the tests see a complete file (an unfinished entry would be a
            # string nobody looked at).
            translation.text = source
    ET.indent(tree, space='    ')
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')
    return missing


here = Path(__file__).resolve().parent
missing = fill(here / 'depot_fr.ts', True)
fill(here / 'depot_en.ts', False)
for source in missing:
    print('missing French:', source, file=sys.stderr)
sys.exit(1 if missing else 0)
