<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentEdits</name>
    <message>
        <location filename="../../oco_desktop/ui/models/tna/edits.py" line="+102"/>
        <source>This is {0}&apos;s analysis as it arrived: only its own installation changes it.</source>
        <translation>Voici l&apos;analyse de {0} telle qu&apos;elle est arrivée&#xa0;: seule sa propre installation peut la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {0} analysis is no longer a draft or in review, so it is locked. Return it to draft, or reopen it with a reason, to change it.</source>
        <translation>L&apos;analyse {0} n&apos;est plus un brouillon ni en relecture&#xa0;: elle est verrouillée. Pour la modifier, remettez-la en brouillon ou rouvrez-la en donnant un motif.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This person</source>
        <translation>Cette personne</translation>
    </message>
</context>
<context>
    <name>BandBar</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/band_bar.py" line="+23"/>
        <source>Training needs by priority</source>
        <translation>Besoins de formation par priorité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>BandLegend</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/tna_bands.py" line="+145"/>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreed level yet this year</source>
        <translation>Pas encore de niveau convenu cette année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– not needed</source>
        <translation>– non requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The position does not need this competency (required level 0)</source>
        <translation>Le poste ne requiert pas cette compétence (niveau requis 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;2&lt;/i&gt; = last year&apos;s</source>
        <translation>&lt;i&gt;2&lt;/i&gt; = niveau de l&apos;an dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year&apos;s agreed level, the starting point: confirm it</source>
        <translation>Niveau convenu l&apos;an dernier, point de départ&#xa0;: à confirmer</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <location line="-118"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need</source>
        <translation>Aucun besoin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score 6 or more</source>
        <translation>score de 6 ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score 3 to 5</source>
        <translation>score de 3 à 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score 1 or 2</source>
        <translation>score de 1 ou 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no gap</source>
        <translation>aucun écart</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/staff_bulk.py" line="+49"/>
        <source>Change the chosen staff</source>
        <translation>Modifier les agents choisis</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set one field for the %n chosen staff. Every row is changed, or none.</source>
        <translation>
            <numerusform>Définir un champ pour %n agent choisi. Toutes les lignes sont modifiées, ou aucune.</numerusform>
            <numerusform>Définir un champ pour les %n agents choisis. Toutes les lignes sont modifiées, ou aucune.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&amp;Change %n staff</source>
        <translation>
            <numerusform>&amp;Modifier %n agent</numerusform>
            <numerusform>&amp;Modifier %n agents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no office)</source>
        <translation>(aucun bureau)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no position)</source>
        <translation>(aucun poste)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changing the staff…</source>
        <translation>Modification des agents…</translation>
    </message>
</context>
<context>
    <name>BundleHistoryModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/sync/tables.py" line="+94"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent or received</source>
        <translation>Envoyé ou reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}, receipt received</source>
        <translation>{0}, accusé de réception reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, waiting for receipt</source>
        <translation>{0}, en attente d&apos;accusé de réception</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location line="+40"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Ajouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already the same</source>
        <translation>Déjà identiques</translation>
    </message>
</context>
<context>
    <name>ColumnChoices</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/import_columns.py" line="+30"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values found</source>
        <translation>Valeurs trouvées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fills</source>
        <translation>Remplit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of the file and what each fills</source>
        <translation>Colonnes du fichier et ce que chacune remplit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start year</source>
        <translation>Année d&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date left</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What column {0} fills</source>
        <translation>Ce que remplit la colonne {0}</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/sync/region.py" line="+157"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value kept</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value that lost</source>
        <translation>Valeur écartée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} (reviewed)</source>
        <translation>{0} (vérifié)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — from {1}</source>
        <translation>{0} — de {1}</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/region.py" line="+202"/>
        <source>When the same thing was changed in two places before a bundle crossed, the newer change is kept and the other is listed here. Check each one: if the value kept is wrong, correct the record (the correction travels in the next bundle), then mark the conflict as reviewed.</source>
        <translation>Quand une même donnée a été modifiée à deux endroits avant l&apos;échange d&apos;un lot, la modification la plus récente est conservée et l&apos;autre est listée ici. Vérifiez chaque cas&#xa0;: si la valeur conservée est fausse, corrigez l&apos;enregistrement (la correction partira dans le prochain lot), puis marquez le conflit comme vérifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflict report</source>
        <translation>Rapport des conflits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflict to review.</source>
        <translation>Aucun conflit à vérifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Marquer comme vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show reviewed ones too</source>
        <translation>Afficher aussi les conflits &amp;vérifiés</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/programme.py" line="+266"/>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New course</source>
        <translation>Nouvelle formation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title (English):</source>
        <translation>&amp;Titre (anglais)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (&amp;French):</source>
        <translation>Titre (&amp;français)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Prestataire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who may apply:</source>
        <translation>P&amp;ublic visé&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/crash.py" line="+38"/>
        <source>OCO Desktop: something went wrong</source>
        <translation>OCO Desktop&#xa0;: un problème est survenu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OCO Desktop could not read or write its data file or a backup. What you were doing was not saved, and the data may need checking: quit OCO Desktop, copy the data folder (File &gt; Open data folder) to a USB stick, start OCO Desktop again (it checks the data file), and send the details to the OCO Secretariat.</source>
        <translation>OCO Desktop n&apos;a pas pu lire ou écrire son fichier de données ou une sauvegarde. L&apos;opération en cours n&apos;a pas été enregistrée et les données doivent peut-être être vérifiées&#xa0;: quittez OCO Desktop, copiez le dossier de données (Fichier &gt; Ouvrir le dossier des données) sur une clé USB, relancez OCO Desktop (il vérifie le fichier de données) et envoyez les détails au Secrétariat de l&apos;OCO.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OCO Desktop met an error it did not expect. Changes you saved before it are in the data file; the work you were doing may not have been finished: check it, and if this happens again send the details to the OCO Secretariat.</source>
        <translation>OCO Desktop a rencontré une erreur inattendue. Les modifications enregistrées avant elle sont dans le fichier de données&#xa0;; l&apos;opération en cours n&apos;a peut-être pas abouti&#xa0;: vérifiez-la et, si le problème se reproduit, envoyez les détails au Secrétariat de l&apos;OCO.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The details were written to the log file:
{0}</source>
        <translation>Les détails ont été écrits dans le journal&#xa0;:
{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>&amp;Show details</source>
        <translation>&amp;Afficher les détails</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Quit OCO Desktop</source>
        <translation>&amp;Quitter OCO Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hide details</source>
        <translation>&amp;Masquer les détails</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/damaged.py" line="+22"/>
        <source>The damaged file will be kept aside in {0}. It is never overwritten, so IT or the OCO Secretariat can look at it later.</source>
        <translation>Le fichier endommagé sera mis de côté dans {0}. Il n&apos;est jamais écrasé&#xa0;: le service informatique ou le Secrétariat de l&apos;OCO pourra l&apos;examiner plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no backup to restore. You can start over with the set-up assistant, or quit and ask the OCO Secretariat for help.</source>
        <translation>Il n&apos;y a aucune sauvegarde à restaurer. Vous pouvez repartir de zéro avec l&apos;assistant de configuration, ou quitter et demander de l&apos;aide au Secrétariat de l&apos;OCO.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest backup was made on {0}. Restoring it brings your data back as it was then; changes made after that are lost.</source>
        <translation>La dernière sauvegarde date du {0}. La restaurer remet vos données dans l&apos;état où elles étaient alors&#xa0;; les modifications faites depuis sont perdues.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OCO Desktop: the data file is damaged</source>
        <translation>OCO Desktop&#xa0;: le fichier de données est endommagé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file of OCO Desktop is damaged and cannot be opened.</source>
        <translation>Le fichier de données d&apos;OCO Desktop est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start over</source>
        <translation>&amp;Repartir de zéro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/dashboard.py" line="+35"/>
        <source>T1 Frontline officers</source>
        <translation>T1 Agents de terrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T2 Supervisors</source>
        <translation>T2 Encadrement de proximité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T3 Managers</source>
        <translation>T3 Cadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T4 Executives</source>
        <translation>T4 Dirigeants</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+106"/>
        <source>No position</source>
        <translation>Sans poste</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>staff in post</source>
        <translation>agents en poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other or not stated</source>
        <translation>autre ou non précisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import a staff list…</source>
        <translation>&amp;Importer une liste du personnel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a &amp;person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Sync to import bundles</source>
        <translation>Ouvrir la &amp;Synchronisation pour importer les lots</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No office given</source>
        <translation>Bureau non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff in post by office and sex</source>
        <translation>Agents en poste par bureau et par sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By office</source>
        <translation>Par bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff in post by tier and sex</source>
        <translation>Agents en poste par strate et par sexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By tier</source>
        <translation>Par strate</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Staff in post in every member administration known to the Secretariat.</source>
        <translation>Agents en poste dans toutes les administrations membres connues du Secrétariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff in post at the office of {0}.</source>
        <translation>Agents en poste au bureau de {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff in post at {0} offices of {1}.</source>
        <translation>Agents en poste dans {0} bureaux de {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No staff yet: no member administration has sent its staff roster. The counts appear here once rosters arrive.</source>
        <translation>Aucun agent pour l&apos;instant&#xa0;: aucune administration membre n&apos;a envoyé son registre du personnel. Les effectifs s&apos;afficheront ici dès réception des registres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No staff yet: the roster of {0} is empty. Import the staff list you already keep (Excel or CSV), or add people one by one; this page then counts them by office, tier and sex.</source>
        <translation>Aucun agent pour l&apos;instant&#xa0;: le registre du personnel de {0} est vide. Importez la liste du personnel que vous tenez déjà (Excel ou CSV), ou ajoutez les agents un par un&#xa0;; cette page les comptera alors par bureau, par strate et par sexe.</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/first_run.py" line="+173"/>
        <source>Explore with demo data</source>
        <translation>Découvrir avec des données de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OCO Desktop makes up 60 staff for the administration you choose. Press Finish to start.</source>
        <translation>OCO Desktop crée 60 agents fictifs pour l&apos;administration choisie. Appuyez sur Terminer pour commencer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member administration for the demo</source>
        <translation>Administration membre de la démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Administration:</source>
        <translation>&amp;Administration&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location line="+115"/>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Nukuʻalofa HQ</source>
        <translation>p. ex. Direction de Nukuʻalofa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Island</source>
        <translation>Île</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of office</source>
        <translation>Type de bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR focal point&apos;s name</source>
        <translation>Nom du référent RH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person who answers for HR here</source>
        <translation>La personne responsable des RH ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office na&amp;me (required):</source>
        <translation>No&amp;m du bureau (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HR focal &amp;point:</source>
        <translation>&amp;Référent RH&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who answers for HR at the Secretariat.</source>
        <translation>Qui est responsable des RH au Secrétariat.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Island:</source>
        <translation>Îl&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of office:</source>
        <translation>T&amp;ype de bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your office</source>
        <translation>Votre bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office of {0} that keeps this roster.</source>
        <translation>Le bureau de {0} qui tient ce registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The OCO Secretariat</source>
        <translation>Le Secrétariat de l&apos;OCO</translation>
    </message>
</context>
<context>
    <name>ElearningTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/programme/elearning.py" line="+43"/>
        <source>E-learning modules</source>
        <translation>Modules de formation en ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completions of the chosen module</source>
        <translation>Agents ayant suivi le module choisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record completions…</source>
        <translation>&amp;Enregistrer des modules suivis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move completion</source>
        <translation>&amp;Supprimer le suivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mo&amp;dules:</source>
        <translation>M&amp;odules&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Com&amp;pleted by:</source>
        <translation>Sui&amp;vi par&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n completions recorded. Choose a module to see who completed it.</source>
        <translation>
            <numerusform>%n module suivi enregistré. Choisissez un module pour voir qui l&apos;a suivi.</numerusform>
            <numerusform>%n modules suivis enregistrés. Choisissez un module pour voir qui l&apos;a suivi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Recorded: {0} new, {1} updated, {2} already recorded.</source>
        <translation>Enregistrement — nouveaux&#xa0;: {0}, mis à jour&#xa0;: {1}, déjà enregistrés&#xa0;: {2}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a completion in the list first.</source>
        <translation>Choisissez d&apos;abord un suivi dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the completion of {0} by {1}?</source>
        <translation>Supprimer le suivi de {0} par {1}&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/staff_actions.py" line="+97"/>
        <source>Erase personal data (legal request)</source>
        <translation>Effacer les données personnelles (demande légale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staff number</source>
        <translation>matricule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Erase {0}?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use this only when the law requires it, for example on the person&apos;s request. For someone who left, use &lt;i&gt;Mark as left&lt;/i&gt; instead.&lt;/p&gt;&lt;p&gt;The name, staff number, sex, years, office and position are removed, with this person&apos;s change history. Only an empty record remains, saying that an erasure happened.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; The erasure also travels to the OCO Secretariat with the next sync bundle and is applied there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Effacer {0}&#xa0;?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;N&apos;utilisez cette fonction que lorsque la loi l&apos;exige, par exemple à la demande de la personne. Pour un agent qui a quitté le service, utilisez plutôt &lt;i&gt;Enregistrer le départ&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Le nom, le matricule, le sexe, les années, le bureau et le poste sont supprimés, ainsi que l&apos;historique des modifications de cette personne. Il ne reste qu&apos;un enregistrement vide indiquant qu&apos;un effacement a eu lieu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cette opération est irréversible.&lt;/b&gt; L&apos;effacement est aussi transmis au Secrétariat de l&apos;OCO avec le prochain lot de synchronisation et y est appliqué.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm, &amp;type the {0} {1}:</source>
        <translation>Pour confirmer, &amp;saisissez le {0} {1}&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This does not match {0} yet.</source>
        <translation>Cela ne correspond pas encore à {0}.</translation>
    </message>
</context>
<context>
    <name>ExpertsTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/people/experts.py" line="+45"/>
        <location line="+131"/>
        <source>Any competency</source>
        <translation>Toute compétence</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any trainer</source>
        <translation>Tout formateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Search</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clea&amp;r</source>
        <translation>Effac&amp;er</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ompetency:</source>
        <translation>C&amp;ompétence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;level:</source>
        <translation>&amp;Niveau minimum&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available in mon&amp;th:</source>
        <translation>Disponible le moi&amp;s&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tra&amp;iner:</source>
        <translation>Forma&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Experts found</source>
        <translation>Experts trouvés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many experts were found</source>
        <translation>Nombre d&apos;experts trouvés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New expert…</source>
        <translation>No&amp;uvel expert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit expert…</source>
        <translation>Mod&amp;ifier l&apos;expert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete expert</source>
        <translation>Su&amp;pprimer l&apos;expert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The regional pool: experts that member administrations shared with their consent. Experts without consent never leave their office.</source>
        <translation>Le vivier régional&#xa0;: les experts que les administrations membres ont partagés avec leur accord. Un expert sans accord ne quitte jamais son bureau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your administration&apos;s experts. Only those who agreed to be shared are sent to the Secretariat and appear in the regional pool.</source>
        <translation>Les experts de votre administration. Seuls ceux qui ont accepté d&apos;être partagés sont envoyés au Secrétariat et figurent dans le vivier régional.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{0} (all)</source>
        <translation>{0} (toutes)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln experts found.</source>
        <translation>
            <numerusform>%Ln expert trouvé.</numerusform>
            <numerusform>%Ln experts trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>An external person (type the name below)</source>
        <translation>Une personne extérieure (saisir le nom ci-dessous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick only if the expert agreed. With consent, the entry goes to the OCO Secretariat with your next sync bundle and other members can find it in the regional pool. Without consent it never leaves this office: it is not sent in any bundle and no one outside sees it.</source>
        <translation>Ne cochez que si l&apos;expert a donné son accord. Avec accord, la fiche part au Secrétariat de l&apos;OCO avec votre prochain lot de synchronisation et les autres membres peuvent la trouver dans le vivier régional. Sans accord, elle ne quitte jamais ce bureau&#xa0;: elle n&apos;est envoyée dans aucun lot et personne à l&apos;extérieur ne la voit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Staff member:</source>
        <translation>&amp;Agent&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External &amp;name:</source>
        <translation>&amp;Nom de l&apos;expert extérieur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Competencies and levels:</source>
        <translation>&amp;Compétences et niveaux&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. en, fr</source>
        <translation>par ex. en, fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trainer status:</source>
        <translation>&amp;Formateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available &amp;from (YYYY-MM-DD):</source>
        <translation>Disponible à partir du (AAAA-MM-&amp;JJ)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Available &amp;until (YYYY-MM-DD):</source>
        <translation>Disponible &amp;jusqu&apos;au (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Days available a year:</source>
        <translation>Jours &amp;disponibles par an&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agrees to be shared outside this office</source>
        <translation>&amp;Accepte d&apos;être partagé hors de ce bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New expert</source>
        <translation>Nouvel expert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {0} from the expert database?</source>
        <translation>Supprimer {0} de la base des experts&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/files.py" line="+24"/>
        <source>Choose the staff list to import</source>
        <translation>Choisir la liste du personnel à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Listes du personnel (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the roster</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, séparateur virgule (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the import template</source>
        <translation>Enregistrer le modèle d&apos;import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/sync_dialogs.py" line="+29"/>
        <source>Choose the folder to save the bundle in</source>
        <translation>Choisir le dossier où enregistrer le lot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose bundle files to import</source>
        <translation>Choisir les fichiers de lot à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCO Desktop bundles (*.ocob *.ocop);;All files (*)</source>
        <translation>Lots OCO Desktop (*.ocob *.ocop);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+154"/>
        <source>Choose the Secretariat&apos;s key card</source>
        <translation>Choisir la fiche de clé du Secrétariat</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+146"/>
        <source>Key cards (*.card);;All files (*)</source>
        <translation>Fiches de clé (*.card);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Save this computer&apos;s key card</source>
        <translation>Enregistrer la fiche de clé de cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key cards (*.card)</source>
        <translation>Fiches de clé (*.card)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Key cards and bundles (*.card *.ocob);;All files (*)</source>
        <translation>Fiches de clé et lots (*.card *.ocob);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the key card (or a bundle it sent)</source>
        <translation>Choisir la fiche de clé (ou un lot qu&apos;il a envoyé)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="+80"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCO Desktop backups (*.db);;All files (*)</source>
        <translation>Sauvegardes OCO Desktop (*.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/sync_dialogs.py" line="-110"/>
        <source>Confirm the fingerprint of {0}</source>
        <translation>Confirmer l&apos;empreinte de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call the HR focal point of {0} ({1}) on a number you already know, and ask them to read the fingerprint shown on their Sync page, Trust tab, under “This computer&apos;s key”. Type it here; dashes and spaces do not matter.</source>
        <translation>Appelez le référent RH de {0} ({1}) à un numéro que vous connaissez déjà, et demandez-lui de lire l&apos;empreinte affichée sur sa page Synchronisation, onglet Confiance, sous « Clé de cet ordinateur ». Saisissez-la ici&#xa0;; les tirets et les espaces n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the key of {0}</source>
        <translation>Remplacer la clé de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file holds a new key for {0} ({1}). A new key is believed only when its owner confirms it: call the HR focal point of {0} on a number you already know (not one given in the email or file), ask them to read the fingerprint of their new key, and type it here. If they did not change their key, press Cancel: someone else made this file.</source>
        <translation>Ce fichier contient une nouvelle clé pour {0} ({1}). Une nouvelle clé n&apos;est crue que si son titulaire la confirme&#xa0;: appelez le point focal RH de {0} à un numéro que vous connaissez déjà (pas celui donné dans le courriel ou le fichier), demandez-lui de lire l&apos;empreinte de sa nouvelle clé et saisissez-la ici. S&apos;il n&apos;a pas changé de clé, appuyez sur Annuler&#xa0;: quelqu&apos;un d&apos;autre a fabriqué ce fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key registered now (it will be kept in the history):</source>
        <translation>Clé enregistrée actuellement (elle sera conservée dans l&apos;historique)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint of the key registered now</source>
        <translation>Empreinte de la clé enregistrée actuellement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint read by phone</source>
        <translation>Empreinte lue par téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New fingerprint:</source>
        <translation>&amp;Nouvelle empreinte&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace the key</source>
        <translation>&amp;Remplacer la clé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You typed {0}, which does not match. Check each letter with them again; nothing was confirmed.</source>
        <translation>Vous avez saisi {0}, qui ne correspond pas. Vérifiez de nouveau chaque lettre avec votre interlocuteur&#xa0;; rien n&apos;a été confirmé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} of {1} letters and digits typed.</source>
        <translation>Lettres et chiffres saisis&#xa0;: {0} sur {1}.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/first_run.py" line="-273"/>
        <source>Headquarters</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seaport</source>
        <translation>Port maritime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airport</source>
        <translation>Aéroport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail centre</source>
        <translation>Centre de tri postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outer island office</source>
        <translation>Bureau d&apos;île éloignée</translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Set up OCO Desktop</source>
        <translation>Configurer OCO Desktop</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Setting up OCO Desktop…</source>
        <translation>Configuration d&apos;OCO Desktop…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>OCO Desktop could not be set up: {0}</source>
        <translation>OCO Desktop n&apos;a pas pu être configuré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>GenderTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/people/gender.py" line="+72"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;plan…</source>
        <translation>Nouveau &amp;plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit plan…</source>
        <translation>Modifi&amp;er le plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add indicator…</source>
        <translation>Ajouter un &amp;indicateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove indicator</source>
        <translation>Supp&amp;rimer l&apos;indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ac&amp;tion…</source>
        <translation>Ajouter une ac&amp;tion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove actio&amp;n</source>
        <translation>Supprimer l&apos;actio&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the counts as they leave the office</source>
        <translation>Affic&amp;her les effectifs tels qu&apos;ils sortent du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts of 1 to 4 are shown as &lt;5</source>
        <translation>Les effectifs de 1 à 4 sont affichés &lt;5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Indicators of the plan</source>
        <translation>Indicateurs du plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions of the plan</source>
        <translation>Actions du plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff in post by tier and sex</source>
        <translation>Agents en poste par strate et par sexe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Women in leadership</source>
        <translation>Femmes aux postes de direction</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indicators (type into a cell to change it)</source>
        <translation>Indicateurs (saisir dans une cellule pour la modifier)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workforce by tier and sex</source>
        <translation>Effectifs par strate et par sexe</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Staff in post: {0}, of whom women: {1} ({2}). Women in leadership (T3-T4): {3} of {4} ({5}).</source>
        <translation>Agents en poste&#xa0;: {0}, dont femmes&#xa0;: {1} ({2}). Femmes aux postes de direction (T3-T4)&#xa0;: {3} sur {4} ({5}).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No Gender Equality Plan yet: start one with New plan.</source>
        <translation>Pas encore de plan pour l&apos;égalité des genres&#xa0;: commencez-en un avec Nouveau plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This administration has sent no Gender Equality Plan.</source>
        <translation>Cette administration n&apos;a envoyé aucun plan pour l&apos;égalité des genres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, approved by {0} on {1}</source>
        <translation>, approuvé par {0} le {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}: {2}{3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}&#xa0;: {2}{3}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Gender Equality Plan</source>
        <translation>Plan pour l&apos;égalité des genres</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;From (year):</source>
        <translation>&amp;De (année)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (year):</source>
        <translation>À (&amp;année)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&amp;Approved by:</source>
        <translation>Approu&amp;vé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New Gender Equality Plan</source>
        <translation>Nouveau plan pour l&apos;égalité des genres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An indicator of our own</source>
        <translation>Un indicateur propre</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>&amp;Principle or theme:</source>
        <translation>&amp;Principe ou thème&#xa0;:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Published &amp;indicator:</source>
        <translation>&amp;Indicateur publié&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In&amp;dicator:</source>
        <translation>In&amp;dicateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline:</source>
        <translation>&amp;Valeur de départ&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current value:</source>
        <translation>Valeur act&amp;uelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Justificatifs&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The plan&apos;s principles are still loading.</source>
        <translation>Les principes du plan sont en cours de chargement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the indicator “{0}”?</source>
        <translation>Supprimer l&apos;indicateur « {0} »&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due (YYYY-MM-DD):</source>
        <translation>É&amp;chéance (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the action “{0}”?</source>
        <translation>Supprimer l&apos;action « {0} »&#xa0;?</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/guide.py" line="+57"/>
        <source>OCO Desktop user guide</source>
        <translation>Guide d&apos;utilisation d&apos;OCO Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/staff_actions.py" line="+11"/>
        <source>History of {0}</source>
        <translation>Historique de {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes, newest first</source>
        <translation>Modifications, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{0}: %Ln recorded changes, newest first.</source>
        <translation>
            <numerusform>{0}&#xa0;: %Ln modification enregistrée.</numerusform>
            <numerusform>{0}&#xa0;: %Ln modifications enregistrées, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: no change has been recorded for this person.</source>
        <translation>{0}&#xa0;: aucune modification n&apos;a été enregistrée pour cette personne.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/page.py" line="+60"/>
        <source>Bundles written here and bundles imported, newest first. A bundle sent is safe once the other side&apos;s receipt has come back.</source>
        <translation>Lots écrits ici et lots importés, les plus récents d&apos;abord. Un lot envoyé est en sûreté dès que l&apos;accusé de réception de l&apos;autre partie est revenu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History of bundles</source>
        <translation>Historique des lots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No bundle has been written or imported yet. Send your first bundle to the OCO Secretariat from the Outbox: it carries your roster, and the Secretariat&apos;s receipt comes back in the Inbox.</source>
        <translation>Aucun lot n&apos;a encore été écrit ni importé. Envoyez votre premier lot au Secrétariat de l&apos;OCO depuis l&apos;onglet Envoi&#xa0;: il contient votre registre du personnel, et l&apos;accusé de réception du Secrétariat revient dans l&apos;onglet Réception.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to the Outbox</source>
        <translation>Aller à l&apos;onglet Envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bundle has been written or imported yet. Members&apos; bundles arrive by USB stick or email: import them in the Inbox.</source>
        <translation>Aucun lot n&apos;a encore été écrit ni importé. Les lots des membres arrivent sur clé USB ou par courriel&#xa0;: importez-les dans l&apos;onglet Réception.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the Inbox</source>
        <translation>Aller à l&apos;onglet Réception</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/import_.py" line="+69"/>
        <source>Import staff from {0}</source>
        <translation>Importer le personnel depuis {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+147"/>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&amp;Create them when importing</source>
        <translation>Les &amp;créer lors de l&apos;import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in OCO Desktop yet</source>
        <translation>Pas encore dans OCO Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only rows with &amp;errors or warnings</source>
        <translation>N&apos;afficher que les lignes avec des &amp;erreurs ou des avertissements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The chosen row in full</source>
        <translation>La ligne choisie en entier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty workbook with the columns the import expects, explained.</source>
        <translation>Un classeur vide avec les colonnes attendues par l&apos;import, expliquées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import only if &amp;all rows are valid</source>
        <translation>N&apos;importer que si &amp;toutes les lignes sont valides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the file again</source>
        <translation>&amp;Relire le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After correcting the file in Excel and saving it, read it again.</source>
        <translation>Après avoir corrigé le fichier dans Excel et l&apos;avoir enregistré, relisez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+234"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Défaire cet import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Puts the roster back as it was before this import, while nothing else has changed since.</source>
        <translation>Remet le registre tel qu&apos;il était avant cet import, tant que rien d&apos;autre n&apos;a changé depuis.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+44"/>
        <source>Columns ({0})</source>
        <translation>Colonnes ({0})</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The column choices made for the last file with these headers are used. Change what a column fills if it is wrong.</source>
        <translation>Les choix de colonnes faits pour le dernier fichier ayant ces en-têtes sont repris. Changez ce que remplit une colonne si c&apos;est faux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your column choices are used; once imported, they are remembered for the next file with the same headers.</source>
        <translation>Vos choix de colonnes sont utilisés&#xa0;; une fois l&apos;import fait, ils sont retenus pour le prochain fichier ayant les mêmes en-têtes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns are matched by their headers. If one is wrong, choose what it fills, or “(not imported)”.</source>
        <translation>Les colonnes sont reconnues à leur en-tête. Si l&apos;une est fausse, choisissez ce qu&apos;elle remplit, ou « (non importée) ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: {0}</source>
        <translation>Remarque&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the column that holds the staff number and the one that holds the name (or the given and family names); the file is then read again.</source>
        <translation>Choisissez la colonne qui contient le matricule et celle qui contient le nom (ou le prénom et le nom de famille)&#xa0;; le fichier est alors relu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>staff number</source>
        <translation>matricule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} “{1}”</source>
        <translation>{0} « {1} »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column was found for: {0}. The headers on row {1} are: {2}. Choose what each column fills below, or save the template to see the expected columns.</source>
        <translation>Aucune colonne trouvée pour&#xa0;: {0}. Les en-têtes de la ligne {1} sont&#xa0;: {2}. Choisissez ci-dessous ce que remplit chaque colonne, ou enregistrez le modèle pour voir les colonnes attendues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, sheet “{1}”, column names on row {2}.</source>
        <translation>{0}, feuille « {1} », noms de colonnes à la ligne {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, column names on row {1}.</source>
        <translation>{0}, noms de colonnes à la ligne {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} new · {1} updated · {2} unchanged · {3} with errors (not importable as they are)</source>
        <translation>Nouveaux&#xa0;: {0} · mis à jour&#xa0;: {1} · inchangés&#xa0;: {2} · avec erreurs&#xa0;: {3} (non importables en l&apos;état)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} (row {1}{2})</source>
        <translation>{0} (ligne {1}{2})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offices: {0}.</source>
        <translation>Bureaux&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positions: {0}.</source>
        <translation>Postes&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the spelling against the Offices and positions page. If they are real, tick the box and they are created with the import (a new position takes the tier given in the file).</source>
        <translation>Vérifiez l&apos;orthographe sur la page Bureaux et postes. S&apos;ils existent vraiment, cochez la case&#xa0;: ils seront créés lors de l&apos;import (un nouveau poste prend la strate indiquée dans le fichier).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Row {0} ({1}):</source>
        <translation>Ligne {0} ({1})&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&amp;Import the %Ln valid rows</source>
        <translation>
            <numerusform>&amp;Importer la %Ln ligne valide</numerusform>
            <numerusform>&amp;Importer les %Ln lignes valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln rows have errors: correct them in the file, then read it again.</source>
        <translation>
            <numerusform>%Ln ligne comporte des erreurs&#xa0;: corrigez-la dans le fichier, puis relisez-le.</numerusform>
            <numerusform>%Ln lignes comportent des erreurs&#xa0;: corrigez-les dans le fichier, puis relisez-le.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Nothing was written: %Ln rows have errors now. Correct them in the file and import it again, or import the valid rows only.</source>
        <translation>
            <numerusform>Rien n&apos;a été écrit&#xa0;: %Ln ligne comporte maintenant des erreurs. Corrigez-la dans le fichier et importez-le de nouveau, ou n&apos;importez que les lignes valides.</numerusform>
            <numerusform>Rien n&apos;a été écrit&#xa0;: %Ln lignes comportent maintenant des erreurs. Corrigez-les dans le fichier et importez-le de nouveau, ou n&apos;importez que les lignes valides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln rows with errors were not imported: correct them in the file and import it again (the rows imported now will then show as unchanged).</source>
        <translation>
            <numerusform>%Ln ligne avec erreurs n&apos;a pas été importée&#xa0;: corrigez-la dans le fichier et importez-le de nouveau (les lignes importées maintenant apparaîtront alors comme inchangées).</numerusform>
            <numerusform>%Ln lignes avec erreurs n&apos;ont pas été importées&#xa0;: corrigez-les dans le fichier et importez-le de nouveau (les lignes importées maintenant apparaîtront alors comme inchangées).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Writes every row, or nothing if a row turns out to be invalid.</source>
        <translation>Écrit toutes les lignes, ou aucune si une ligne se révèle invalide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing the staff…</source>
        <translation>Import du personnel…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undoing the import…</source>
        <translation>Annulation de l&apos;import…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import was undone: the roster is as it was before it.</source>
        <translation>L&apos;import a été défait&#xa0;: le registre est tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Imported: {0} new and {1} updated staff.</source>
        <translation>Agents importés — nouveaux&#xa0;: {0}, mis à jour&#xa0;: {1}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offices created: {0}.</source>
        <translation>Bureaux créés&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positions created: {0}.</source>
        <translation>Postes créés&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/rows.py" line="+101"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to fix, warnings and changes</source>
        <translation>À corriger, avertissements et modifications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Warning: {0}{1}</source>
        <translation>Avertissement&#xa0;: {0}{1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes: {0}</source>
        <translation>Modifications&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Column &quot;{0}&quot; ({1}): </source>
        <translation>Colonne « {0} » ({1})&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &quot;{0}&quot;: </source>
        <translation>Colonne « {0} »&#xa0;: </translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/inbox.py" line="+54"/>
        <source>Checking {0} ({1} of {2})…</source>
        <translation>Vérification de {0} ({1} sur {2})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing {0} ({1} of {2})…
A bundle is merged completely or not at all: Cancel stops before the next one.</source>
        <translation>Import de {0} ({1} sur {2})…
Un lot est fusionné entièrement ou pas du tout&#xa0;: Annuler arrête avant le suivant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported {0} of {1}.</source>
        <translation>Importés&#xa0;: {0} sur {1}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the member administrations</source>
        <translation>les administrations membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the OCO Secretariat</source>
        <translation>le Secrétariat de l&apos;OCO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the bundles that came from {0} on a USB stick or by email. You first see what they would change; nothing changes until you press Import.</source>
        <translation>Importez les lots reçus de {0} sur clé USB ou par courriel. Vous voyez d&apos;abord ce qu&apos;ils changeraient&#xa0;; rien ne change tant que vous n&apos;appuyez pas sur Importer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop bundle files here (.ocob, or email parts .ocop), or choose them:</source>
        <translation>Déposez les fichiers de lot ici (.ocob, ou parties de courriel .ocop), ou choisissez-les&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose files…</source>
        <translation>&amp;Choisir des fichiers…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What these files would do</source>
        <translation>Effet de ces fichiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes by table</source>
        <translation>Modifications par table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Checking the bundles…</source>
        <translation>Vérification des lots…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No bundle files among the files given.</source>
        <translation>Aucun fichier de lot parmi les fichiers fournis.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the bundles that passed the check are imported.</source>
        <translation>Seuls les lots qui ont passé la vérification sont importés.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing the bundles…</source>
        <translation>Import des lots…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import complete.</source>
        <translation>Import terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept aside until the fingerprint is confirmed.</source>
        <translation>Mis de côté jusqu&apos;à la confirmation de l&apos;empreinte.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped as you asked: %Ln bundles were not imported.</source>
        <translation>
            <numerusform>Arrêté à votre demande&#xa0;: %Ln lot n&apos;a pas été importé.</numerusform>
            <numerusform>Arrêté à votre demande&#xa0;: %Ln lots n&apos;ont pas été importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/position_profile.py" line="+157"/>
        <source>Required level</source>
        <translation>Niveau requis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="-15"/>
        <location line="+479"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="-478"/>
        <source>&amp;Language of OCO Desktop:</source>
        <translation>&amp;Langue d&apos;OCO Desktop&#xa0;:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier des données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the office &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète du bureau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface &amp;language…</source>
        <translation>&amp;Langue de l&apos;interface…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About OCO Desktop</source>
        <translation>À &amp;propos d&apos;OCO Desktop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DEMO — fictional data: the names and numbers are invented, to explore OCO Desktop.</source>
        <translation>DÉMO — données fictives&#xa0;: les noms et les chiffres sont inventés, pour découvrir OCO Desktop.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Making a backup of your data…</source>
        <translation>Sauvegarde de vos données…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your data was backed up to:
{0}

Copy this file to a USB stick or another computer now and then, so a lost or broken laptop does not lose the roster.</source>
        <translation>Vos données ont été sauvegardées dans&#xa0;:
{0}

Copiez régulièrement ce fichier sur une clé USB ou un autre ordinateur, pour qu&apos;un portable perdu ou en panne ne fasse pas perdre le registre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The office passphrase was changed. The recovery key stays the same; keep it where it is.</source>
        <translation>La phrase secrète du bureau a été changée. La clé de récupération reste la même&#xa0;; gardez-la où elle est.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace all the data in OCO Desktop with the backup
{0}?

The data as it is now is first saved as a backup in {1}, so you can go back to it.</source>
        <translation>Remplacer toutes les données d&apos;OCO Desktop par la sauvegarde
{0}&#xa0;?

Les données actuelles sont d&apos;abord sauvegardées dans {1}, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}

There is no backup to restore. Copy the data folder {1} to a safe place and ask the OCO Secretariat for help.</source>
        <translation>{0}

Il n&apos;y a aucune sauvegarde à restaurer. Copiez le dossier des données {1} en lieu sûr et demandez de l&apos;aide au Secrétariat de l&apos;OCO.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}

Restore the latest backup ({1}) now? The damaged file is kept in the damaged folder, never overwritten.</source>
        <translation>{0}

Restaurer maintenant la dernière sauvegarde ({1})&#xa0;? Le fichier endommagé est conservé dans le dossier des fichiers endommagés, jamais écrasé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The damaged data file was kept in {0}.</source>
        <translation>Le fichier de données endommagé a été conservé dans {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data as it was before is kept in {0}.</source>
        <translation>Les données telles qu&apos;elles étaient avant sont conservées dans {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data was restored from {0}.</source>
        <translation>Les données ont été restaurées depuis {0}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data folder could not be opened in the file manager. It is:
{0}</source>
        <translation>Le dossier des données n&apos;a pas pu être ouvert dans le gestionnaire de fichiers. Le voici&#xa0;:
{0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OCO Desktop will be in {0} the next time it starts. Quit and start it again to switch now.</source>
        <translation>OCO Desktop sera en {0} au prochain démarrage. Quittez-le et relancez-le pour changer dès maintenant.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;p&gt;&lt;b&gt;OCO Desktop {0}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Staff roster, training needs analysis and the Customs Leadership programme of the Oceania Customs Organisation. Works offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;{1}&lt;/p&gt;&lt;p&gt;Log file:&lt;br&gt;{2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OCO Desktop {0}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registre du personnel, analyse des besoins de formation et programme Leadership douanier de l&apos;Organisation douanière d&apos;Océanie. Fonctionne hors ligne.&lt;/p&gt;&lt;p&gt;Dossier des données&#xa0;:&lt;br&gt;{1}&lt;/p&gt;&lt;p&gt;Journal&#xa0;:&lt;br&gt;{2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About OCO Desktop</source>
        <translation>À propos d&apos;OCO Desktop</translation>
    </message>
</context>
<context>
    <name>MarkLeftDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/staff_actions.py" line="-156"/>
        <source>Mark as left</source>
        <translation>Enregistrer le départ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} will be shown as Left from this date. The record stays in the roster and its history; the person no longer counts among the staff in post.</source>
        <translation>{0} apparaîtra comme Parti à partir de cette date. La fiche reste dans le registre et son historique&#xa0;; la personne n&apos;est plus comptée parmi les agents en poste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date left</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date &amp;left:</source>
        <translation>Date de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded as:</source>
        <translation>Enregistré par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark as left</source>
        <translation>&amp;Enregistrer le départ</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/first_run.py" line="-330"/>
        <source>Which administration?</source>
        <translation>Quelle administration&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your customs administration. Type part of its name to find it quickly.</source>
        <translation>Choisissez votre administration des douanes. Tapez une partie de son nom pour la trouver rapidement.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/member_picker.py" line="+63"/>
        <source>Type a name or code, in English or French</source>
        <translation>Tapez un nom ou un code, en anglais ou en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the member administrations</source>
        <translation>Rechercher parmi les administrations membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member administrations</source>
        <translation>Administrations membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No member administration matches “{0}”. Try the English or French name, or the two-letter code.</source>
        <translation>Aucune administration membre ne correspond à « {0} ». Essayez le nom anglais ou français, ou le code à deux lettres.</translation>
    </message>
</context>
<context>
    <name>MentoringTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/people/mentoring.py" line="+32"/>
        <location line="+10"/>
        <source>Mentoring pairs</source>
        <translation>Binômes de mentorat</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Internship placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Internships with another administration or the Secretariat</source>
        <translation>Stages dans une autre administration ou au Secrétariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New pair…</source>
        <translation>&amp;Nouveau binôme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit pair…</source>
        <translation>Modifi&amp;er le binôme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove pair</source>
        <translation>Supp&amp;rimer le binôme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;internship…</source>
        <translation>Nouveau &amp;stage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t internship…</source>
        <translation>Modifier le s&amp;tage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rem&amp;ove internship</source>
        <translation>Suppr&amp;imer le stage</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Someone from outside (type the name below)</source>
        <translation>Une personne extérieure (saisir le nom ci-dessous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name of a mentor from outside:</source>
        <translation>&amp;Nom du mentor extérieur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ment&amp;ee:</source>
        <translation>M&amp;entoré&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start (YYYY-MM-DD):</source>
        <translation>&amp;Début (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+59"/>
        <location line="+3"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+62"/>
        <source>En&amp;d (YYYY-MM-DD):</source>
        <translation>&amp;Fin (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Meetings &amp;held:</source>
        <translation>Rencontres &amp;tenues&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+54"/>
        <source>Add staff to the roster first.</source>
        <translation>Ajoutez d&apos;abord des agents au registre du personnel.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>New mentoring pair</source>
        <translation>Nouveau binôme de mentorat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mentoring pair</source>
        <translation>Binôme de mentorat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the mentoring pair {0} and {1}?</source>
        <translation>Supprimer le binôme {0} et {1}&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Staff member:</source>
        <translation>&amp;Agent&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Host:</source>
        <translation>Administration d&apos;a&amp;ccueil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art (YYYY-MM-DD):</source>
        <translation>&amp;Début (AAAA-MM-JJ)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New internship</source>
        <translation>Nouveau stage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the internship of {0} at {1}?</source>
        <translation>Supprimer le stage de {0} à {1}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/messages.py" line="+41"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>MoveStaffDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/office_remove.py" line="+28"/>
        <source>Remove the office {0}</source>
        <translation>Supprimer le bureau {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n staff in post still work at {0}. To remove the office, move them to another office first: they keep everything else, and each move is in their history.</source>
        <translation>
            <numerusform>%n agent en poste travaille encore à {0}. Pour supprimer le bureau, affectez-le d&apos;abord à un autre bureau&#xa0;: le reste de sa fiche ne change pas, et le changement figure dans son historique.</numerusform>
            <numerusform>%n agents en poste travaillent encore à {0}. Pour supprimer le bureau, affectez-les d&apos;abord à un autre bureau&#xa0;: le reste de leur fiche ne change pas, et chaque changement figure dans leur historique.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Move them to:</source>
        <translation>&amp;Affecter à&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move and &amp;remove the office</source>
        <translation>Affecter et &amp;supprimer le bureau</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n staff in post still work at {0}, and there is no other office to move them to. Add the office they move to first (New office…), then remove this one.</source>
        <translation>
            <numerusform>%n agent en poste travaille encore à {0}, et il n&apos;y a pas d&apos;autre bureau où l&apos;affecter. Créez d&apos;abord son nouveau bureau (Nouveau bureau…), puis supprimez celui-ci.</numerusform>
            <numerusform>%n agents en poste travaillent encore à {0}, et il n&apos;y a pas d&apos;autre bureau où les affecter. Créez d&apos;abord leur nouveau bureau (Nouveau bureau…), puis supprimez celui-ci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/tna_need.py" line="+38"/>
        <source>What could meet this need</source>
        <translation>Ce qui pourrait répondre à ce besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} priority, {2} staff</source>
        <translation>{0}&#xa0;: priorité {1}, agents&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A known course code, or your own (32 characters)</source>
        <translation>Un code de cours connu, ou le vôtre (32 caractères)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggest this for the same competency in later years</source>
        <translation>Proposer ce choix pour la même compétence les années suivantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme &amp;activity:</source>
        <translation>&amp;Activité du programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Course:</source>
        <translation>&amp;Cours&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-learning module:</source>
        <translation>Module de formation en &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target year:</source>
        <translation>A&amp;nnée visée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Remarque&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NewsBox</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/news_box.py" line="+46"/>
        <source>News from the Secretariat</source>
        <translation>Actualités du Secrétariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;news</source>
        <translation>&amp;Toutes les actualités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest news</source>
        <translation>Dernières actualités</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No news yet: write the first item on the News page.</source>
        <translation>Pas encore d&apos;actualités&#xa0;: rédigez la première sur la page Actualités.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No news yet: the Secretariat&apos;s items arrive with its sync bundles.</source>
        <translation>Pas encore d&apos;actualités&#xa0;: celles du Secrétariat arrivent avec ses lots de synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 unread item. Click a line to read it.</source>
        <translation>1 actualité non lue. Cliquez sur une ligne pour la lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} unread items. Click a line to read it.</source>
        <translation>{0} actualités non lues. Cliquez sur une ligne pour la lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything is read. The latest items:</source>
        <translation>Tout est lu. Les dernières actualités&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NewsDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/news_editor.py" line="+62"/>
        <source>News item</source>
        <translation>Actualité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New news item</source>
        <translation>Nouvelle actualité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text in English</source>
        <translation>Texte en anglais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text in French</source>
        <translation>Texte en français</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;xt (paragraphs separated by a blank line; web addresses as they are):</source>
        <translation>Te&amp;xte (paragraphes séparés par une ligne vide&#xa0;; adresses web telles quelles)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: where there is no French, members read the English.</source>
        <translation>Facultatif&#xa0;: sans texte français, les membres lisent l&apos;anglais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An &amp;event with dates</source>
        <translation>Un &amp;événement avec des dates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day of the event</source>
        <translation>Premier jour de l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the event</source>
        <translation>Dernier jour de l&apos;événement</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Date of the item:</source>
        <translation>&amp;Date de l&apos;actualité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;irst day:</source>
        <translation>P&amp;remier jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>D&amp;ernier jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Activity:</source>
        <translation>A&amp;ctivité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Course session:</source>
        <translation>&amp;Session de formation&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pu&amp;blish</source>
        <translation>Pu&amp;blier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/news.py" line="+56"/>
        <source>{0} to {1}</source>
        <translation>du {0} au {1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>News from the Secretariat</source>
        <translation>Actualités du Secrétariat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the news…</source>
        <translation>Rechercher dans les actualités…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the news</source>
        <translation>Rechercher dans les actualités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unread only</source>
        <translation>&amp;Non lues seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New item…</source>
        <translation>Nou&amp;velle actualité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>News items, newest first</source>
        <translation>Actualités, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No French version of this text was written: it is shown in English.</source>
        <translation>Ce texte n&apos;a pas de version française&#xa0;: il est affiché en anglais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;activity</source>
        <translation>Ouvrir l&apos;ac&amp;tivité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text of the news item</source>
        <translation>Texte de l&apos;actualité</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No item has these words.</source>
        <translation>Aucune actualité ne contient ces mots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No unread news.</source>
        <translation>Aucune actualité non lue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news yet: write the first item with New item.</source>
        <translation>Pas encore d&apos;actualités&#xa0;: rédigez la première avec Nouvelle actualité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news yet: items arrive with the Secretariat&apos;s sync bundles (Sync page).</source>
        <translation>Pas encore d&apos;actualités&#xa0;: elles arrivent avec les lots de synchronisation du Secrétariat (page Synchronisation).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 item, {0} unread</source>
        <translation>1 actualité, {0} non lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} items, {1} unread</source>
        <translation>Actualités&#xa0;: {0}, non lues&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not read yet</source>
        <translation>Pas encore lue</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose an item in the list to read it.</source>
        <translation>Choisissez une actualité dans la liste pour la lire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published {0}</source>
        <translation>Publiée le {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Programme activity: {0}</source>
        <translation>Activité du programme&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nominations open</source>
        <translation>nominations ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not open for nominations</source>
        <translation>nominations fermées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course session: {0} {1}, {2} ({3})</source>
        <translation>Session de formation&#xa0;: {0} {1}, {2} ({3})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nominate staff…</source>
        <translation>&amp;Proposer des agents…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the &amp;session</source>
        <translation>Ouvrir la &amp;session</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Withdraw “{0}”? It leaves every member&apos;s news at their next import.</source>
        <translation>Retirer « {0} »&#xa0;? Elle disparaîtra des actualités de chaque membre à sa prochaine importation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/programme.py" line="-174"/>
        <source>Nominate a staff member</source>
        <translation>Proposer un agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} seats left</source>
        <translation>Places libres&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this person, and what they will bring back</source>
        <translation>Pourquoi cet agent, et ce qu&apos;il en rapportera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Agent&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training nee&amp;d met:</source>
        <translation>&amp;Besoin de formation couvert&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nominate</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no session open for nominations.</source>
        <translation>Aucune session n&apos;est ouverte aux candidatures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the person to nominate.</source>
        <translation>Choisissez l&apos;agent à proposer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for this nomination.</source>
        <translation>Indiquez le motif de cette candidature.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/org_editors.py" line="+128"/>
        <source>Edit office</source>
        <translation>Modifier le bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Island:</source>
        <translation>Î&amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/rows.py" line="+39"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Island</source>
        <translation>Île</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff in post</source>
        <translation>Agents en poste</translation>
    </message>
</context>
<context>
    <name>OneWindow</name>
    <message>
        <location filename="../../oco_desktop/ui/one_window.py" line="+92"/>
        <source>OCO Desktop is already open on this data ({0}).</source>
        <translation>OCO Desktop est déjà ouvert sur ces données ({0}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its window was brought to the front.</source>
        <translation>Sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to its window (look in the taskbar); only one may be open at a time.</source>
        <translation>Passez à sa fenêtre (regardez dans la barre des tâches)&#xa0;; une seule peut être ouverte à la fois.</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <location filename="../../oco_desktop/ui/tasks.py" line="+199"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/roster/organisation.py" line="+92"/>
        <source>Offices and positions</source>
        <translation>Bureaux et postes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Secretariat sees the offices and positions that members send; each member keeps its own.</source>
        <translation>Le Secrétariat voit les bureaux et les postes envoyés par les membres&#xa0;; chaque membre gère les siens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+71"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;New office…</source>
        <translation>&amp;Nouveau bureau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit office…</source>
        <translation>&amp;Modifier le bureau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove office…</source>
        <translation>&amp;Supprimer le bureau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Positions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w position…</source>
        <translation>Nou&amp;veau poste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t position…</source>
        <translation>Modifi&amp;er le poste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move position…</source>
        <translation>Supprimer &amp;le poste…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competency profile</source>
        <translation>Profil de compétences</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+134"/>
        <source>Choose a position to see its profile.</source>
        <translation>Choisissez un poste pour voir son profil.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Reset to tier &amp;default</source>
        <translation>&amp;Rétablir la valeur de la strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;all to tier defaults</source>
        <translation>&amp;Tout rétablir selon la strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competency profile: required levels</source>
        <translation>Profil de compétences&#xa0;: niveaux requis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No positions yet. A position gives the people in it a tier (T1 frontline officers to T4 executives), and the tier sets the competencies the training needs analysis expects. Add your positions, then place staff in them.</source>
        <translation>Aucun poste pour l&apos;instant. Un poste donne à ses titulaires une strate (de T1, agents de terrain, à T4, cadres dirigeants), et cette strate fixe les compétences attendues par l&apos;analyse des besoins de formation. Ajoutez vos postes, puis affectez-y les agents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a position…</source>
        <translation>Ajouter un poste…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Positions and competency profiles</source>
        <translation>Postes et profils de compétences</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>{0}, {1}: the levels required to do the job well.</source>
        <translation>{0}, {1}&#xa0;: les niveaux requis pour bien tenir le poste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} set for this position (bold); the others follow the tier.</source>
        <translation>{0} définis pour ce poste (en gras)&#xa0;; les autres suivent la strate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All follow the tier: choose a competency and type 0 to 4 to change its level.</source>
        <translation>Tous suivent la strate&#xa0;: choisissez une compétence et tapez 0 à 4 pour changer son niveau.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Put the {0} levels set for this position back to the defaults of its tier?</source>
        <translation>Remettre les {0} niveaux définis pour ce poste aux valeurs par défaut de sa strate&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove the office {0}? Leavers who worked there keep its name.</source>
        <translation>Supprimer le bureau {0}&#xa0;? Les agents partis qui y travaillaient en gardent le nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Remove the position {0}? Leavers who held it keep its title.</source>
        <translation>Supprimer le poste {0}&#xa0;? Les agents partis qui l&apos;occupaient en gardent l&apos;intitulé.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/sync/tables.py" line="-117"/>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/outbox.py" line="+130"/>
        <source>Dear colleagues,</source>
        <translation>Chers collègues,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please find attached the OCO Desktop sync bundle from {0}, made on {1}:</source>
        <translation>Veuillez trouver ci-joint le lot de synchronisation OCO Desktop de {0}, créé le {1}&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle is encrypted and signed: only {0}&apos;s OCO Desktop can open it, and it shows whether anything was changed on the way.</source>
        <translation>Le lot est chiffré et signé&#xa0;: seul l&apos;OCO Desktop de {0} peut l&apos;ouvrir, et il révèle toute modification en chemin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please import it (Sync page, Inbox) and send us back your receipt bundle, so that our OCO Desktop knows these changes arrived.</source>
        <translation>Merci de l&apos;importer (page Synchronisation, Réception) et de nous renvoyer votre lot d&apos;accusé de réception, pour que notre OCO Desktop sache que ces modifications sont arrivées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>For &amp;member:</source>
        <translation>Pour le &amp;membre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member the bundle is for</source>
        <translation>Membre destinataire du lot</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import the Secretariat&apos;s &amp;key card…</source>
        <translation>&amp;Importer la fiche de clé du Secrétariat…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the next bundle carries</source>
        <translation>Contenu du prochain lot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save bundle to USB stick or folder…</source>
        <translation>Enregi&amp;strer le lot sur clé USB ou dans un dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the bundle on a USB stick (or in a folder), then read it back to check it.</source>
        <translation>Écrire le lot sur une clé USB (ou dans un dossier), puis le relire pour le vérifier.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>{0} (part {1} of {2})</source>
        <translation>{0} (partie {1} sur {2})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OCO Desktop bundle {0} from {1} to {2}, {3}</source>
        <translation>Lot OCO Desktop n° {0} de {1} pour {2}, {3}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>It is in {0} parts, one an email; they can be imported in any order once all have arrived.</source>
        <translation>Il est en {0} parties, une par courriel&#xa0;; elles peuvent être importées dans n&apos;importe quel ordre une fois toutes arrivées.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give them fresh &amp;stamps</source>
        <translation>Leur donner de nouveaux &amp;horodatages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only changes stamped more than a day ahead of this computer&apos;s clock get new stamps; no receiver can have accepted them.</source>
        <translation>Seules les modifications horodatées plus d&apos;un jour en avance sur l&apos;horloge de cet ordinateur sont horodatées à nouveau&#xa0;; aucun destinataire n&apos;a pu les accepter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send by &amp;email…</source>
        <translation>Envoyer par &amp;courriel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the bundle in the outbox folder and open it as an email draft, attached and ready to send, in your mail program.</source>
        <translation>Écrire le lot dans le dossier d&apos;envoi et l&apos;ouvrir en brouillon de courriel, en pièce jointe et prêt à envoyer, dans votre messagerie.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+203"/>
        <location line="+4"/>
        <source>the OCO Secretariat</source>
        <translation>le Secrétariat de l&apos;OCO</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>What the next bundle to {0} carries</source>
        <translation>Contenu du prochain lot pour {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes made here that {0} has not acknowledged yet. They go in the next bundle, and again in later ones until {0}&apos;s receipt comes back, so a lost USB stick or email loses nothing.</source>
        <translation>Modifications faites ici dont {0} n&apos;a pas encore accusé réception. Elles partent dans le prochain lot, puis de nouveau dans les suivants jusqu&apos;au retour de l&apos;accusé de réception de {0}&#xa0;: une clé USB ou un courriel perdu ne fait rien perdre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing new to send: {0} has acknowledged every change. A bundle now carries only your receipt of what {0} sent.</source>
        <translation>Rien de nouveau à envoyer&#xa0;: {0} a accusé réception de toutes les modifications. Un lot ne contient maintenant que votre accusé de réception de ce que {0} a envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsent changes: {0} · Last bundle written: {1} · Last receipt: {2}</source>
        <translation>Modifications non envoyées&#xa0;: {0} · Dernier lot écrit&#xa0;: {1} · Dernier accusé de réception&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outbox</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The OCO Secretariat&apos;s key card is not on this computer yet, so no bundle can be made for it. The card is a small file (ending in .card) that the Secretariat sends by email or on a USB stick: import it with the button below.</source>
        <translation>La fiche de clé du Secrétariat de l&apos;OCO n&apos;est pas encore sur cet ordinateur&#xa0;: aucun lot ne peut donc être créé pour lui. La fiche est un petit fichier (se terminant par .card) que le Secrétariat envoie par courriel ou sur clé USB&#xa0;: importez-la avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No member&apos;s key is confirmed yet. A member&apos;s first bundle arrives in the Inbox; confirm its fingerprint on the Trust tab, then bundles can be made for it.</source>
        <translation>Aucune clé de membre n&apos;est encore confirmée. Le premier lot d&apos;un membre arrive dans Réception&#xa0;; confirmez son empreinte dans l&apos;onglet Confiance, puis des lots pourront être créés pour lui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of {0} is not confirmed: confirm its fingerprint on the Trust tab first.</source>
        <translation>La clé de {0} n&apos;est pas confirmée&#xa0;: confirmez d&apos;abord son empreinte dans l&apos;onglet Confiance.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Changes made on this computer are stamped up to %n days ahead of its clock: the clock was set ahead when they were made. Bundles that carry them are refused. This computer&apos;s clock now says {0}, {1}. If that is right, give those changes fresh stamps, then save the bundle again. If it is wrong, set the right date and time first.</source>
        <translation>
            <numerusform>Des modifications faites sur cet ordinateur sont horodatées jusqu'à %n jour en avance sur son horloge : l'horloge était avancée quand elles ont été faites. Les lots qui les transportent sont refusés. L'horloge de cet ordinateur indique maintenant le {0} à {1}. Si c'est juste, donnez à ces modifications de nouveaux horodatages, puis enregistrez à nouveau le lot. Sinon, réglez d'abord la date et l'heure.</numerusform>
            <numerusform>Des modifications faites sur cet ordinateur sont horodatées jusqu'à %n jours en avance sur son horloge : l'horloge était avancée quand elles ont été faites. Les lots qui les transportent sont refusés. L'horloge de cet ordinateur indique maintenant le {0} à {1}. Si c'est juste, donnez à ces modifications de nouveaux horodatages, puis enregistrez à nouveau le lot. Sinon, réglez d'abord la date et l'heure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n changes got fresh stamps from this computer&apos;s clock. Bundles saved from now on are accepted.</source>
        <translation>
            <numerusform>%n modification a reçu un nouvel horodatage de l'horloge de cet ordinateur. Les lots enregistrés désormais sont acceptés.</numerusform>
            <numerusform>%n modifications ont reçu un nouvel horodatage de l'horloge de cet ordinateur. Les lots enregistrés désormais sont acceptés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0} — {1} free</source>
        <translation>{0} — {1} libres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for USB sticks…</source>
        <translation>Recherche de clés USB…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No USB stick found: plug one in and open this menu again</source>
        <translation>Aucune clé USB trouvée&#xa0;: branchez-en une et rouvrez ce menu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another &amp;folder…</source>
        <translation>Choisir un autre &amp;dossier…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Writing the bundle in {0} and reading it back to check it…
This cannot be stopped halfway: the bundle is written completely or not at all.</source>
        <translation>Écriture du lot dans {0} et relecture pour vérification…
Cette opération ne peut pas être interrompue&#xa0;: le lot est écrit entièrement ou pas du tout.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It carries no changes, only your receipt of what arrived.</source>
        <translation>Il ne contient aucune modification, seulement votre accusé de réception de ce qui est arrivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It carries: {0}.</source>
        <translation>Il contient&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle {0} was written to {1} and read back: it is complete.
{2}
{3}
Before you unplug a USB stick, use “Safely remove” (Eject) so it is not damaged.</source>
        <translation>Le lot {0} a été écrit dans {1} et relu&#xa0;: il est complet.
{2}
{3}
Avant de débrancher une clé USB, utilisez « Retirer le périphérique en toute sécurité » (Éjecter) pour ne pas l&apos;endommager.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your mail program opened it as an email draft with the file attached: check the address and press Send.</source>
        <translation>Votre messagerie l&apos;a ouvert en brouillon de courriel, le fichier en pièce jointe&#xa0;: vérifiez l&apos;adresse et appuyez sur Envoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your mail program opened {0} email drafts, one a part, each with its file attached: check the address and press Send in each.</source>
        <translation>Votre messagerie a ouvert {0} brouillons de courriel, un par partie, chacun avec son fichier en pièce jointe&#xa0;: vérifiez l&apos;adresse et appuyez sur Envoyer dans chacun.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No mail program opened the drafts: double-click each file ending in .eml in that folder, or attach the %n bundle files to emails yourself.</source>
        <translation>
            <numerusform>Aucune messagerie n&apos;a ouvert le brouillon&#xa0;: double-cliquez sur le fichier se terminant par .eml dans ce dossier, ou joignez vous-même le fichier du lot à un courriel (%n fichier).</numerusform>
            <numerusform>Aucune messagerie n&apos;a ouvert les brouillons&#xa0;: double-cliquez sur chaque fichier se terminant par .eml dans ce dossier, ou joignez vous-même les %n fichiers du lot à des courriels.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is addressed to {0}.</source>
        <translation>Il est adressé à {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No email address for the Secretariat is known yet: type it in the To field.</source>
        <translation>L&apos;adresse électronique du Secrétariat n&apos;est pas encore connue&#xa0;: saisissez-la dans le champ À.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle {0} is ready to send by email, in {1}:
{2}
{3}
{4} {5}</source>
        <translation>Le lot {0} est prêt à être envoyé par courriel, dans {1}&#xa0;:
{2}
{3}
{4} {5}</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/programme.py" line="+32"/>
        <source>Attendance and result</source>
        <translation>Présence et résultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not yet)</source>
        <translation>(pas encore)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Attendance:</source>
        <translation>&amp;Présence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ult:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate reference:</source>
        <translation>Référence du &amp;certificat&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/tna_prompts.py" line="+156"/>
        <source>Change the priority band</source>
        <translation>Changer la priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As computed ({0})</source>
        <translation>Telle que calculée ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A manager may change the band; the reason is recorded and sent.</source>
        <translation>Un responsable peut changer la priorité&#xa0;; le motif est enregistré et transmis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Band:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write why the band is changed: an override needs a reason.</source>
        <translation>Indiquez pourquoi la priorité est changée&#xa0;: une dérogation exige un motif.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/sync/region.py" line="-128"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle</source>
        <translation>Dernier lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>Jours écoulés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff in post</source>
        <translation>Agents en poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved conflicts</source>
        <translation>Conflits non résolus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest TNA</source>
        <translation>Dernière ABF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More than {0} days since this member&apos;s last bundle.</source>
        <translation>Plus de {0} jours depuis le dernier lot de ce membre.</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/page_preview.py" line="+37"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview of the report&apos;s pages</source>
        <translation>Aperçu des pages du rapport</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/registry.py" line="+101"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offices and positions</source>
        <translation>Bureaux et postes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training needs</source>
        <translation>Besoins de formation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People development</source>
        <translation>Développement RH</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>News</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/passphrase.py" line="+70"/>
        <source>That passphrase does not open this data. Check the keyboard language and Caps Lock and try again; if it is forgotten, use the recovery key.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ces données. Vérifiez la langue du clavier et la touche Verr. Maj, puis réessayez&#xa0;; si elle est oubliée, utilisez la clé de récupération.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A recovery key has 40 letters and digits in 8 groups of 5; check what you typed.</source>
        <translation>Une clé de récupération compte 40 lettres et chiffres en 8 groupes de 5&#xa0;; vérifiez votre saisie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That recovery key does not open this data: it belongs to another installation or was mistyped.</source>
        <translation>Cette clé de récupération n&apos;ouvre pas ces données&#xa0;: elle appartient à une autre installation ou a été mal tapée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases are not the same; type it again twice.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques&#xa0;; tapez-la de nouveau deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a passphrase of at least {0} characters (a few words are easier to remember than a short password).</source>
        <translation>Choisissez une phrase secrète d&apos;au moins {0} caractères (quelques mots se retiennent mieux qu&apos;un mot de passe court).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Remember on this Windows account</source>
        <translation>Se &amp;souvenir sur ce compte Windows</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keystore keeps a key that opens this data, so OCO Desktop starts without asking. Anyone who can sign in to this account can then open it.</source>
        <translation>Le coffre de clés du système garde une clé qui ouvre ces données&#xa0;: OCO Desktop démarre alors sans la demander. Toute personne qui peut se connecter à ce compte peut alors les ouvrir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not available: this computer has no system keystore to keep it in.</source>
        <translation>Indisponible&#xa0;: cet ordinateur n&apos;a pas de coffre de clés système où la garder.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New office passphrase</source>
        <translation>Nouvelle phrase secrète du bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>Office &amp;passphrase:</source>
        <translation>&amp;Phrase secrète du bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>If the passphrase is ever forgotten, this recovery key opens the data. Print it or write it down now and keep it locked away from this computer (for example in the office safe). It is shown only once.</source>
        <translation>Si la phrase secrète est un jour oubliée, cette clé de récupération ouvre les données. Imprimez-la ou notez-la maintenant et gardez-la sous clé, loin de cet ordinateur (par exemple dans le coffre du bureau). Elle n&apos;est affichée qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+96"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;printed, saved or written down the recovery key</source>
        <translation>J&apos;ai im&amp;primé, enregistré ou noté la clé de récupération</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OCO Desktop recovery key</source>
        <translation>Clé de récupération OCO Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It opens the office&apos;s OCO Desktop data if the passphrase is forgotten. Keep it locked away from the computer.</source>
        <translation>Elle ouvre les données OCO Desktop du bureau si la phrase secrète est oubliée. Gardez-la sous clé, loin de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open OCO Desktop</source>
        <translation>Ouvrir OCO Desktop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office passphrase</source>
        <translation>Phrase secrète du bureau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forgotten the passphrase? Use the recovery key</source>
        <translation>Phrase secrète &amp;oubliée&#xa0;? Utilisez la clé de récupération</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data on this computer is encrypted. Type the office passphrase to open it.</source>
        <translation>Les données de cet ordinateur sont chiffrées. Tapez la phrase secrète du bureau pour les ouvrir.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the recovery key printed at set-up, then choose a new office passphrase.</source>
        <translation>Tapez la clé de récupération imprimée lors de la configuration, puis choisissez une nouvelle phrase secrète du bureau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Protect the data with a passphrase</source>
        <translation>Protéger les données par une phrase secrète</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OCO Desktop now encrypts its data, so that a copy of the data folder is unreadable without the office passphrase. Choose the passphrase; a backup is made first, and nothing is lost.</source>
        <translation>OCO Desktop chiffre désormais ses données&#xa0;: une copie du dossier de données est illisible sans la phrase secrète du bureau. Choisissez la phrase secrète&#xa0;; une sauvegarde est faite d&apos;abord, et rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Change the office passphrase</source>
        <translation>Changer la phrase secrète du bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current office passphrase</source>
        <translation>Phrase secrète actuelle du bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange</source>
        <translation>C&amp;hanger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery key stays the same. Everyone who opens OCO Desktop on this computer will need the new passphrase.</source>
        <translation>La clé de récupération reste la même. Toute personne qui ouvre OCO Desktop sur cet ordinateur aura besoin de la nouvelle phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/first_run.py" line="+134"/>
        <source>The office passphrase</source>
        <translation>La phrase secrète du bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data is encrypted on this computer: without the passphrase, a copy of it is unreadable. Everyone who uses OCO Desktop here will type it when it starts.</source>
        <translation>Les données sont chiffrées sur cet ordinateur&#xa0;: sans la phrase secrète, une copie en est illisible. Chaque personne qui utilise OCO Desktop ici la tapera au démarrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set up</source>
        <translation>&amp;Configurer</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/sync/tables.py" line="+142"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen</source>
        <translation>Vue la première fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed on</source>
        <translation>Confirmée le</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not confirmed</source>
        <translation>Non confirmée</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../oco_desktop/ui/models/people.py" line="+27"/>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended early</source>
        <translation>Arrêté avant terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a trainer</source>
        <translation>Pas formateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCO regional trainer</source>
        <translation>Formateur régional OCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WCO accredited</source>
        <translation>Accrédité OMD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCO regional and WCO accredited</source>
        <translation>Formateur régional OCO et accrédité OMD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready now</source>
        <translation>Prêt maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready in 1-2 years</source>
        <translation>Prêt dans 1 à 2 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready in 3+ years</source>
        <translation>Prêt dans 3 ans ou plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No successor</source>
        <translation>Aucun successeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody ready now</source>
        <translation>Personne de prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (external)</source>
        <translation> (extérieur)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} days a year</source>
        <translation>{0} jours par an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office only</source>
        <translation>Bureau seulement</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+36"/>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valeur de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Published indicator {0}</source>
        <translation>Indicateur publié {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tier</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other or not stated</source>
        <translation>Autre ou non précisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No position</source>
        <translation>Sans poste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key position</source>
        <translation>Poste clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Occupé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successors</source>
        <translation>Successeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is key</source>
        <translation>Pourquoi il est clé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development actions</source>
        <translation>Actions de développement</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+195"/>
        <source> (has left)</source>
        <translation> (parti)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/people/page.py" line="+33"/>
        <source>People development</source>
        <translation>Développement RH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member administration shown</source>
        <translation>Administration membre affichée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mem&amp;ber:</source>
        <translation>Mem&amp;bre&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Mentoring and internships</source>
        <translation>&amp;Mentorat et stages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xperts</source>
        <translation>E&amp;xperts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender equality plan</source>
        <translation>Plan pour l&apos;é&amp;galité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;ccession</source>
        <translation>Su&amp;ccession</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/people/tab.py" line="+82"/>
        <source>Choose a line in the table first.</source>
        <translation>Choisissez d&apos;abord une ligne du tableau.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/org_editors.py" line="+21"/>
        <source>Edit position</source>
        <translation>Modifier le poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New position</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As in your administration, e.g. Level 11</source>
        <translation>Comme dans votre administration, p. ex. Niveau 11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ier:</source>
        <translation>&amp;Strate&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local grade:</source>
        <translation>&amp;Grade local&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tier sets the default required levels of the competency profile; levels you set for this position stay as they are when the tier changes.</source>
        <translation>La strate fixe les niveaux requis par défaut du profil de compétences&#xa0;; les niveaux que vous définissez pour ce poste restent inchangés si la strate change.</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/rows.py" line="+21"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local grade</source>
        <translation>Grade local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff in post</source>
        <translation>Agents en poste</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/position_profile.py" line="-57"/>
        <source>{0} (set)</source>
        <translation>{0} (défini)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}. Set for this position; the tier default is {1}.</source>
        <translation>{0}. Défini pour ce poste&#xa0;; la valeur par défaut de la strate est {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}. The default of tier {1}.</source>
        <translation>{0}. La valeur par défaut de la strate {1}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier default</source>
        <translation>Défaut de la strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required level</source>
        <translation>Niveau requis</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../oco_desktop/ui/models/programme.py" line="+27"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nominated</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended in part</source>
        <translation>Présent en partie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Blended</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English and French</source>
        <translation>Anglais et français</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Outcome or activity</source>
        <translation>Résultat ou activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation>Formations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominations</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <location line="+35"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>{0} of {1} delivered</source>
        <translation>Réalisées&#xa0;: {0} sur {1}</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+39"/>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats taken</source>
        <translation>Places prises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats left</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply by</source>
        <translation>Candidatures jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} and online</source>
        <translation>{0} et en ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (+{0} waiting)</source>
        <translation> (+{0} en attente)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../oco_desktop/ui/models/programme_elearning.py" line="+46"/>
        <source>Person</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../oco_desktop/ui/models/programme_elearning.py" line="+3"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting list, no. {0}</source>
        <translation>Liste d&apos;attente, n° {0}</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/models/programme_elearning.py" line="-35"/>
        <location line="+33"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/models/programme.py" line="-137"/>
        <location filename="../../oco_desktop/ui/models/programme_elearning.py" line="-2"/>
        <source>Completions</source>
        <translation>Modules suivis</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/models/programme_elearning.py" line="+30"/>
        <source>Completed on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialogs</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/programme.py" line="-174"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/programme/page.py" line="+442"/>
        <source>Leadership programme</source>
        <translation>Programme de leadership</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-learning</source>
        <translation>Formation en ligne</translation>
    </message>
</context>
<context>
    <name>ProgrammeTreeTab</name>
    <message>
        <location line="-372"/>
        <source>Outcomes and activities of the programme</source>
        <translation>Résultats et activités du programme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sessions of the activity</source>
        <translation>Sessions de l&apos;activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nominations to these sessions</source>
        <translation>Candidatures à ces sessions</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New &amp;course…</source>
        <translation>&amp;Nouvelle formation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New s&amp;ession…</source>
        <translation>Nouvelle s&amp;ession…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Sess&amp;ions:</source>
        <translation>Sess&amp;ions&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomina&amp;tions:</source>
        <translation>Candida&amp;tures&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ed&amp;it course…</source>
        <translation>Mod&amp;ifier le cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ncel session</source>
        <translation>Annuler la sessi&amp;on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiting list</source>
        <translation>&amp;Liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline</source>
        <translation>Refu&amp;ser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Nominate…</source>
        <translation>&amp;Proposer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;outcome…</source>
        <translation>Enregistrer le &amp;résultat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>Ann&amp;uler la candidature</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Press Enter on a session to change it</source>
        <translation>Appuyez sur Entrée sur une session pour la modifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press Enter on a nomination to record its outcome</source>
        <translation>Appuyez sur Entrée sur une candidature pour en enregistrer le résultat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Courses: {0}</source>
        <translation>Formations&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> and {0} more</source>
        <translation> et {0} autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training needs mapped here: {0}{1}</source>
        <translation>Besoins de formation rattachés&#xa0;: {0}{1}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No course is linked to this activity yet.</source>
        <translation>Aucune formation n&apos;est encore rattachée à cette activité.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No training need is mapped to this activity.</source>
        <translation>Aucun besoin de formation n&apos;est rattaché à cette activité.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a nomination in the list first.</source>
        <translation>Choisissez d&apos;abord une candidature dans la liste.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No session is open for nominations. Sessions arrive from the Secretariat in its sync bundles.</source>
        <translation>Aucune session n&apos;est ouverte aux candidatures. Les sessions arrivent du Secrétariat dans ses lots de synchronisation.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The seats of this session are taken: {0} is on the waiting list, position {1}.</source>
        <translation>Les places de cette session sont prises&#xa0;: {0} est sur la liste d&apos;attente, en position {1}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Withdraw the nomination of {0} to {1}?</source>
        <translation>Retirer la candidature de {0} à {1}&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a session of the course in the list first.</source>
        <translation>Choisissez d&apos;abord une session du cours dans la liste.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Publish a course first: New course…</source>
        <translation>Publiez d&apos;abord une formation&#xa0;: Nouvelle formation…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a session in the list first.</source>
        <translation>Choisissez d&apos;abord une session dans la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the {0} session that starts on {1}? Members see it as cancelled.</source>
        <translation>Annuler la session {0} qui commence le {1}&#xa0;? Les membres la verront annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the session</source>
        <translation>Annuler la session</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/sync/region.py" line="+27"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows waiting</source>
        <translation>Lignes en attente</translation>
    </message>
</context>
<context>
    <name>QuarantineTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/region.py" line="-80"/>
        <source>Bundles from a member whose key is not confirmed yet are checked and kept here, not merged. Call the member&apos;s HR focal point on a number you already know, ask them to read the fingerprint on their Sync page (Trust tab), and type it with Confirm fingerprint. If it matches, the bundles are merged at once. If it does not, do not insist: someone else may have sent the bundle.</source>
        <translation>Les lots d&apos;un membre dont la clé n&apos;est pas encore confirmée sont vérifiés et gardés ici, sans être fusionnés. Appelez le point focal RH du membre à un numéro que vous connaissez déjà, demandez-lui de lire l&apos;empreinte affichée sur sa page Synchronisation (onglet Confiance) et saisissez-la avec Confirmer l&apos;empreinte. Si elle correspond, les lots sont fusionnés aussitôt. Sinon, n&apos;insistez pas&#xa0;: quelqu&apos;un d&apos;autre a peut-être envoyé le lot.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundles in quarantine</source>
        <translation>Lots en quarantaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bundle is waiting for a fingerprint.</source>
        <translation>Aucun lot n&apos;attend d&apos;empreinte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm fingerprint…</source>
        <translation>&amp;Confirmer l&apos;empreinte…</translation>
    </message>
</context>
<context>
    <name>RecordCompletionsDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/elearning.py" line="+47"/>
        <source>Record completions</source>
        <translation>Enregistrer des modules suivis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type part of a name or staff number</source>
        <translation>Tapez une partie d&apos;un nom ou d&apos;un matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find people</source>
        <translation>Chercher des agents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff who completed the module</source>
        <translation>Agents ayant suivi le module</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tick those shown</source>
        <translation>&amp;Cocher les agents affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Module:</source>
        <translation>&amp;Module&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed &amp;on:</source>
        <translation>Suivi &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tick everyone who completed it (Space ticks):</source>
        <translation>Cochez chaque agent qui l&apos;a suivi (Espace coche)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n coché</numerusform>
            <numerusform>%n cochés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no module in the catalogue.</source>
        <translation>Le catalogue ne contient aucun module.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one person.</source>
        <translation>Cochez au moins un agent.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/first_run.py" line="+36"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
</context>
<context>
    <name>RegionTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/region.py" line="-84"/>
        <source>Regional overview</source>
        <translation>Vue régionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish reference updates…</source>
        <translation>&amp;Publier les mises à jour de référence…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the member list, the competency catalogue, the programme, the e-learning catalogue, the gender plan structure and the TNA suggestions to every member with its next bundle.</source>
        <translation>Envoyer à chaque membre, avec son prochain lot, la liste des membres, le catalogue des compétences, le programme, le catalogue de formation en ligne, la structure du plan égalité femmes-hommes et les suggestions de l&apos;ABF.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Publish this computer&apos;s reference data (members, competency catalogue, programme, e-learning, gender plan structure, TNA suggestions) to every member? Each member receives it with the next bundle you export for it, and uses it instead of the version that came with its app.</source>
        <translation>Publier les données de référence de cet ordinateur (membres, catalogue des compétences, programme, formation en ligne, structure du plan égalité, suggestions de l&apos;ABF) à tous les membres&#xa0;? Chaque membre les reçoit avec le prochain lot que vous exportez pour lui, et les utilise à la place de la version livrée avec son application.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publishing the reference data…</source>
        <translation>Publication des données de référence…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Published: {0}. They go out with the next bundle for each member.</source>
        <translation>Publié&#xa0;: {0}. Elles partent avec le prochain lot de chaque membre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing had changed since the last publication.</source>
        <translation>Rien n&apos;a changé depuis la dernière publication.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundles have arrived from {0} of {1} member administrations.</source>
        <translation>Administrations membres dont des lots sont arrivés&#xa0;: {0} sur {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} have sent nothing for more than {1} days (highlighted).</source>
        <translation>{0} n&apos;ont rien envoyé depuis plus de {1} jours (en surbrillance).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/reports.py" line="+45"/>
        <source>Training needs analysis (member)</source>
        <translation>Analyse des besoins de formation (membre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional training needs</source>
        <translation>Besoins de formation régionaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender Equality Plan: workforce</source>
        <translation>Plan d&apos;égalité femmes-hommes&#xa0;: effectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme participation</source>
        <translation>Participation au programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme progress: all activities of Priority 1</source>
        <translation>Avancement du programme&#xa0;: toutes les activités de la priorité 1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF reports for the Head of Customs and the Secretariat, in English or French. Counts under 5 read &quot;&lt;5&quot; unless you ask for exact counts.</source>
        <translation>Rapports PDF pour le directeur des douanes et le Secrétariat, en anglais ou en français. Les effectifs inférieurs à 5 sont notés « &lt;5 », sauf si vous demandez les effectifs exacts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add the individual plans (&amp;annex)</source>
        <translation>Ajouter les plans &amp;individuels (annexe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;mes in the annex (else staff numbers only)</source>
        <translation>N&amp;oms dans l&apos;annexe (sinon matricules seulement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Exact counts (for use inside the office only)</source>
        <translation>Effectifs e&amp;xacts (usage interne au bureau seulement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Build preview</source>
        <translation>&amp;Générer l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;spreadsheet…</source>
        <translation>Enregistrer le clas&amp;seur…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+198"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Choose a report and press Build preview to see its pages here.</source>
        <translation>Choisissez un rapport et appuyez sur Générer l&apos;aperçu pour voir ses pages ici.</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>No program on this computer opened {0}: open it from its folder.</source>
        <translation>Aucun programme de cet ordinateur n&apos;a ouvert {0}&#xa0;: ouvrez-le depuis son dossier.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+9"/>
        <source>Building the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Page {0}</source>
        <translation>Page {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The report was built (%Ln pages) but cannot be shown here: the PDF renderer (pypdfium2) is missing. Save the PDF to read it.</source>
        <translation>
            <numerusform>Le rapport a été créé (%Ln page) mais ne peut pas être affiché ici&#xa0;: le moteur de rendu PDF (pypdfium2) manque. Enregistrez le PDF pour le lire.</numerusform>
            <numerusform>Le rapport a été créé (%Ln pages) mais ne peut pas être affiché ici&#xa0;: le moteur de rendu PDF (pypdfium2) manque. Enregistrez le PDF pour le lire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln pages, built in {0} s.</source>
        <translation>
            <numerusform>%Ln page, créée en {0} s.</numerusform>
            <numerusform>%Ln pages, créées en {0} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The first %Ln are shown.</source>
        <translation>
            <numerusform>Seule %Ln page est affichée.</numerusform>
            <numerusform>Les %Ln premières sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Open the spreadsheet</source>
        <translation>&amp;Ouvrir le classeur</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %Ln pages to {0}.</source>
        <translation>
            <numerusform>%Ln page enregistrée dans {0}.</numerusform>
            <numerusform>%Ln pages enregistrées dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving the spreadsheet…</source>
        <translation>Enregistrement du classeur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved the spreadsheet to {0}.</source>
        <translation>Classeur enregistré dans {0}.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/first_run.py" line="-211"/>
        <source>Who uses this computer?</source>
        <translation>Qui utilise cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what this installation of OCO Desktop is for.</source>
        <translation>Choisissez l&apos;usage de cette installation d&apos;OCO Desktop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;member administration&apos;s office</source>
        <translation>Un bureau d&apos;une administration &amp;membre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HR officer of a customs office keeps its staff roster and sends it to the OCO Secretariat.</source>
        <translation>Le chargé RH d&apos;un bureau de douane tient son registre du personnel et l&apos;envoie au Secrétariat de l&apos;OCO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The OCO &amp;Secretariat (Suva)</source>
        <translation>Le &amp;Secrétariat de l&apos;OCO (Suva)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receives the rosters of all 24 members and sends back the programme.</source>
        <translation>Reçoit les registres des 24 membres et renvoie le programme.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/programme.py" line="+275"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nominations close on:</source>
        <translation>Candidatures jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply by</source>
        <translation>Candidatures jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held &amp;online</source>
        <translation>En &amp;ligne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Course:</source>
        <translation>&amp;Formation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Premier jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Dernier jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Venue:</source>
        <translation>L&amp;ieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;eats:</source>
        <translation>Pla&amp;ces&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>SexBars</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/sex_bars.py" line="+26"/>
        <source>Staff by tier and sex</source>
        <translation>Personnel par strate et par sexe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: {1} women, {2} men, {3} other or not stated</source>
        <translation>{0} — femmes&#xa0;: {1}, hommes&#xa0;: {2}, autre ou non précisé&#xa0;: {3}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other / not stated</source>
        <translation>Autre / non précisé</translation>
    </message>
</context>
<context>
    <name>SexCountsModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/staff_counts.py" line="+81"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another sex, or not stated</source>
        <translation>Autre sexe, ou non précisé</translation>
    </message>
</context>
<context>
    <name>SkillLine</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/skills_editor.py" line="+40"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this competency</source>
        <translation>Retirer cette compétence</translation>
    </message>
</context>
<context>
    <name>SkillsEditor</name>
    <message>
        <location line="+26"/>
        <source>No competency yet.</source>
        <translation>Aucune compétence pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a competency</source>
        <translation>Ajouter une compétence</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aware</source>
        <translation>Sensibilisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trained</source>
        <translation>Formé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
</context>
<context>
    <name>StaffDeletion</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/roster/staff_delete.py" line="+32"/>
        <source>Delete (entered by &amp;mistake)</source>
        <translation>Supprimer (saisie par &amp;erreur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a record entered by mistake, while it has not been sent to the Secretariat (Del). You can undo it.</source>
        <translation>Supprimer une fiche saisie par erreur, tant qu&apos;elle n&apos;a pas été envoyée au Secrétariat (Suppr). Vous pouvez annuler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the deleted record back</source>
        <translation>Remettre la fiche supprimée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This record already left the office in sync bundle {0} ({1}): deleting it here would not delete it at the Secretariat. Mark the person as left instead or, on a legal request, erase them.</source>
        <translation>Cette fiche a déjà quitté le bureau dans le lot de synchronisation {0} ({1})&#xa0;: la supprimer ici ne la supprimerait pas au Secrétariat. Enregistrez plutôt le départ de la personne ou, sur demande légale, effacez-la.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This record is already used elsewhere (training needs, nominations, e-learning or mentoring): %Ln entries. Remove those first, or mark the person as left.</source>
        <translation>
            <numerusform>Cette fiche est déjà utilisée ailleurs (besoins de formation, candidatures, e-learning ou mentorat)&#xa0;: %Ln entrée. Retirez-la d&apos;abord, ou enregistrez le départ de la personne.</numerusform>
            <numerusform>Cette fiche est déjà utilisée ailleurs (besoins de formation, candidatures, e-learning ou mentorat)&#xa0;: %Ln entrées. Retirez-les d&apos;abord, ou enregistrez le départ de la personne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This record was made on another installation, or before this data was restored from a backup, so it may already be at the Secretariat: mark the person as left instead or, on a legal request, erase them.</source>
        <translation>Cette fiche a été créée sur une autre installation, ou avant la restauration de ces données depuis une sauvegarde&#xa0;: elle est peut-être déjà au Secrétariat. Enregistrez plutôt le départ de la personne ou, sur demande légale, effacez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record is no longer in the roster.</source>
        <translation>Cette fiche n&apos;est plus dans le registre du personnel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted {0}: it had never left this office. Undo puts it back.</source>
        <translation>{0} supprimé(e)&#xa0;: la fiche n&apos;avait jamais quitté ce bureau. Annuler la remet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} is back in the roster.</source>
        <translation>{0} est de retour dans le registre du personnel.</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/staff_editor.py" line="+85"/>
        <source>Edit {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New staff member</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 1985</source>
        <translation>p. ex. 1985</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no office)</source>
        <translation>(aucun bureau)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no position)</source>
        <translation>(aucun poste)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every change is recorded with this name, for this session.</source>
        <translation>Chaque modification est enregistrée sous ce nom, pour cette session.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Staff &amp;number:</source>
        <translation>&amp;Matricule&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>Année de nai&amp;ssance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;year:</source>
        <translation>Année d&apos;&amp;entrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Office:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;left:</source>
        <translation>Date de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded &amp;as:</source>
        <translation>Enregistré &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{0} (removed)</source>
        <translation>{0} (supprimé)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Give your name: every change is recorded with the officer who made it.</source>
        <translation>Indiquez votre nom&#xa0;: chaque modification est enregistrée avec l&apos;agent qui l&apos;a faite.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Still to fill in: {0}</source>
        <translation>Reste à remplir&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>StaffFilterBar</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/staff_filters.py" line="+50"/>
        <source>Name, number, position, office</source>
        <translation>Nom, matricule, poste, bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a name, staff number, position or office (Ctrl+F)</source>
        <translation>Tapez une partie d&apos;un nom, d&apos;un matricule, d&apos;un poste ou d&apos;un bureau (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search staff</source>
        <translation>Rechercher un agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fin&amp;d:</source>
        <translation>&amp;Chercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the staff of one office</source>
        <translation>Afficher le personnel d&apos;un bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Tier</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show one tier of positions</source>
        <translation>Afficher une strate de postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tiers</source>
        <translation>Toutes les strates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No position</source>
        <translation>Sans poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show women, men, or others</source>
        <translation>Afficher les femmes, les hommes ou les autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sex</source>
        <translation>Tous les sexes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show staff by status</source>
        <translation>Afficher le personnel par statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In post (not left)</source>
        <translation>En poste (non partis)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No office</source>
        <translation>Sans bureau</translation>
    </message>
</context>
<context>
    <name>StaffHistoryModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/rows.py" line="-153"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer account</source>
        <translation>Compte de l&apos;ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Staff page</source>
        <translation>Page Personnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import of {0}</source>
        <translation>Import de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal request</source>
        <translation>Demande légale</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/roster/staff.py" line="+108"/>
        <location line="+87"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Number of staff shown</source>
        <translation>Nombre d&apos;agents affichés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a staff list…</source>
        <translation>Importer une liste du personnel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Défaire cet import</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a staff member (Ctrl+N)</source>
        <translation>Ajouter un agent (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen person (Enter)</source>
        <translation>Modifier la personne choisie (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;left…</source>
        <translation>Enregistrer le dé&amp;part…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that the person left (Ctrl+L)</source>
        <translation>Enregistrer le départ de la personne (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hi&amp;story…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change to this person (Ctrl+H)</source>
        <translation>Toutes les modifications de cette personne (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase (le&amp;gal request)…</source>
        <translation>Effacer (demande lé&amp;gale)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this person&apos;s personal data for good, on a legal request</source>
        <translation>Supprimer définitivement les données personnelles de cette personne, sur demande légale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import staff from an Excel or CSV file (Ctrl+I)</source>
        <translation>Importer du personnel depuis un fichier Excel ou CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the whole roster to Excel or CSV (Ctrl+E)</source>
        <translation>Exporter tout le registre vers Excel ou CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Template…</source>
        <translation>Modè&amp;le…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an empty Excel sheet to fill in and import</source>
        <translation>Enregistrer une feuille Excel vide à remplir puis importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+146"/>
        <source>Change &amp;chosen…</source>
        <translation>Modifier la &amp;sélection…</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Set the office, position or status of every chosen row (Shift or Ctrl+click)</source>
        <translation>Définir le bureau, le poste ou le statut de toutes les lignes choisies (Maj ou Ctrl+clic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a record entered by mistake, or erase a person</source>
        <translation>Supprimer une fiche saisie par erreur, ou effacer une personne</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%Ln staff match</source>
        <translation>
            <numerusform>%Ln agent correspond</numerusform>
            <numerusform>%Ln agents correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln staff</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody matches this search and these filters. Clear the search box (Esc) or choose “All” in the filters.</source>
        <translation>Personne ne correspond à cette recherche et à ces filtres. Videz la zone de recherche (Échap) ou choisissez « Tous » dans les filtres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No staff yet. Import the Excel or CSV sheet you already keep, or add people one by one (Template… gives a sheet to fill in).</source>
        <translation>Aucun agent pour l&apos;instant. Importez la feuille Excel ou CSV que vous tenez déjà, ou ajoutez les agents un par un (Modèle… donne une feuille à remplir).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No member has sent its staff roster yet.</source>
        <translation>Aucun membre n&apos;a encore envoyé son registre du personnel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes are recorded as {0} (change the name in the editor).</source>
        <translation>Les modifications sont enregistrées au nom de {0} (changez le nom dans la fiche).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Secretariat sees the rosters that members send; each member changes its own staff. Erasures are recorded as {0}.</source>
        <translation>Le Secrétariat voit les registres envoyés par les membres&#xa0;; chaque membre modifie son propre personnel. Les effacements sont enregistrés au nom de {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Change %n &amp;chosen…</source>
        <translation>
            <numerusform>Modifier la &amp;sélection (%n)…</numerusform>
            <numerusform>Modifier la &amp;sélection (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Changed %n staff.</source>
        <translation>
            <numerusform>%n agent modifié.</numerusform>
            <numerusform>%n agents modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Added {0}.</source>
        <translation>{0} ajouté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} is marked as left on {1}.</source>
        <translation>Départ de {0} enregistré au {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The personal data of {0} was erased, with %Ln history entries. The erasure goes to the Secretariat with the next sync bundle.</source>
        <translation>
            <numerusform>Les données personnelles de {0} ont été effacées, avec %Ln entrée d&apos;historique. L&apos;effacement part au Secrétariat avec le prochain lot de synchronisation.</numerusform>
            <numerusform>Les données personnelles de {0} ont été effacées, avec %Ln entrées d&apos;historique. L&apos;effacement part au Secrétariat avec le prochain lot de synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>Exported %Ln staff to {0}.</source>
        <translation>
            <numerusform>%Ln agent exporté vers {0}.</numerusform>
            <numerusform>%Ln agents exportés vers {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Old copies in the data file&apos;s log are cleared when OCO Desktop is closed.</source>
        <translation>Les anciennes copies dans le journal du fichier de données sont effacées à la fermeture d&apos;OCO Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups made before still hold the person: automatic ones for up to 12 months, manual ones and copies on USB sticks until someone deletes them.</source>
        <translation>Les sauvegardes faites avant contiennent encore la personne&#xa0;: les sauvegardes automatiques pendant 12 mois au plus, les manuelles et les copies sur clé USB jusqu&apos;à ce qu&apos;on les supprime.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Imported from {0}: {1} new, {2} updated.</source>
        <translation>Importé depuis {0} — nouveaux&#xa0;: {1}, mis à jour&#xa0;: {2}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The import was undone.</source>
        <translation>L&apos;import a été défait.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Roster exported</source>
        <translation>Registre exporté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting the roster…</source>
        <translation>Export du registre…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import template was saved to {0}. Fill in one row per person (the second sheet explains each column), then use Import….</source>
        <translation>Le modèle d&apos;import a été enregistré dans {0}. Remplissez une ligne par personne (la deuxième feuille explique chaque colonne), puis utilisez Importer….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template saved</source>
        <translation>Modèle enregistré</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/programme.py" line="-305"/>
        <source>Type part of a name or staff number</source>
        <translation>Tapez une partie d&apos;un nom ou d&apos;un matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Chercher un agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff in post</source>
        <translation>Agents en poste</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/staff_table.py" line="+306"/>
        <source>Left on {0}; kept for the history.</source>
        <translation>Parti le {0}&#xa0;; conservé pour l&apos;historique.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Click to sort by this column; click again to reverse.</source>
        <translation>Cliquez pour trier selon cette colonne&#xa0;; cliquez de nouveau pour inverser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>StaffWords</name>
    <message>
        <location filename="../../oco_desktop/ui/models/roster/staff_words.py" line="+15"/>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On leave</source>
        <translation>En congé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconded</source>
        <translation>Détaché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T1 Frontline officers</source>
        <translation>T1 Agents de terrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T2 Supervisors</source>
        <translation>T2 Encadrement de proximité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T3 Managers</source>
        <translation>T3 Cadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T4 Executives</source>
        <translation>T4 Dirigeants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headquarters</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seaport</source>
        <translation>Port maritime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Airport</source>
        <translation>Aéroport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail centre</source>
        <translation>Centre de tri postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outer island station</source>
        <translation>Poste d&apos;île éloignée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as left</source>
        <translation>Départ enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Staff number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start year</source>
        <translation>Année d&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date left</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed from the roster</source>
        <translation>Retiré du registre</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/tna_prompts.py" line="-112"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a training needs analysis</source>
        <translation>Commencer une analyse des besoins de formation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start from last year&apos;s levels</source>
        <translation>Partir des niveaux de l&apos;an dernier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each person&apos;s agreed levels of the latest earlier year become this year&apos;s starting point (shown in grey italics until agreed again).</source>
        <translation>Les niveaux convenus de chaque personne lors de la dernière année précédente deviennent le point de départ de cette année (en italique gris jusqu&apos;à nouvel accord).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already an analysis for {0}; open it instead.</source>
        <translation>Une analyse existe déjà pour {0}&#xa0;; ouvrez-la plutôt.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../oco_desktop/ui/startup.py" line="+105"/>
        <source>The data file still cannot be opened after restoring. Quit, and ask the OCO Secretariat for help; nothing more was changed.</source>
        <translation>Le fichier de données ne peut toujours pas être ouvert après la restauration. Quittez et demandez de l&apos;aide au Secrétariat de l&apos;OCO&#xa0;; rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/status_bar.py" line="+75"/>
        <source>Offline · Data: {0}</source>
        <translation>Hors ligne · Données&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCO Desktop works without a network. Your data is kept in {0}.</source>
        <translation>OCO Desktop fonctionne sans réseau. Vos données sont conservées dans {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last backup: never</source>
        <translation>Dernière sauvegarde&#xa0;: jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use File &gt; Back up now to make one.</source>
        <translation>Utilisez Fichier &gt; Sauvegarder maintenant pour en faire une.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last backup: {0}</source>
        <translation>Dernière sauvegarde&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>SuccessionTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/people/succession.py" line="+40"/>
        <source>Succession risk</source>
        <translation>Risque de succession</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only positions at ris&amp;k</source>
        <translation>Seulement les postes à ris&amp;que</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key positions</source>
        <translation>Postes clés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Successors of the chosen key position</source>
        <translation>Successeurs du poste clé choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Successors</source>
        <translation>Successeurs</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;New key position…</source>
        <translation>&amp;Nouveau poste clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit key position…</source>
        <translation>Modifi&amp;er le poste clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove key position</source>
        <translation>Supp&amp;rimer le poste clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add successor…</source>
        <translation>Ajouter un s&amp;uccesseur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edi&amp;t successor…</source>
        <translation>M&amp;odifier le successeur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove s&amp;uccessor</source>
        <translation>Suppr&amp;imer le successeur</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Key positions: {0}; with no successor: {1}; with nobody ready now: {2}.</source>
        <translation>Postes clés&#xa0;: {0}&#xa0;; sans successeur&#xa0;: {1}&#xa0;; sans personne prête maintenant&#xa0;: {2}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Successors for {0}</source>
        <translation>Successeurs pour {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add positions to the organisation first.</source>
        <translation>Ajoutez d&apos;abord des postes à l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Position:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>&amp;Why is it key?</source>
        <translation>&amp;Pourquoi est-il clé&#xa0;?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New key position</source>
        <translation>Nouveau poste clé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Key position: {0}</source>
        <translation>Poste clé&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop treating {0} as a key position (its successors go too)?</source>
        <translation>Ne plus traiter {0} comme poste clé (ses successeurs sont retirés aussi)&#xa0;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Staff member:</source>
        <translation>&amp;Agent&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Readiness:</source>
        <translation>&amp;Disponibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Development actions:</source>
        <translation>Actions de d&amp;éveloppement&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a key position first.</source>
        <translation>Choisissez d&apos;abord un poste clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New successor</source>
        <translation>Nouveau successeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove {0} from the successors?</source>
        <translation>Retirer {0} des successeurs&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SyncCounts</name>
    <message numerus="yes">
        <location filename="../../oco_desktop/ui/pages/sync/common.py" line="+201"/>
        <source>%Ln edits were made on both sides; the newer is kept and the other goes to the conflict report.</source>
        <translation>
            <numerusform>%Ln modification a été faite des deux côtés&#xa0;; la plus récente est conservée et l&apos;autre va dans le rapport des conflits.</numerusform>
            <numerusform>%Ln modifications ont été faites des deux côtés&#xa0;; la plus récente est conservée et l&apos;autre va dans le rapport des conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln rows wait for a record they belong to, which has not arrived yet.</source>
        <translation>
            <numerusform>%Ln ligne attend un enregistrement auquel elle se rattache et qui n&apos;est pas encore arrivé.</numerusform>
            <numerusform>%Ln lignes attendent un enregistrement auquel elles se rattachent et qui n&apos;est pas encore arrivé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../oco_desktop/ui/models/sync/labels.py" line="+18"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position profiles</source>
        <translation>Profils de poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNA years</source>
        <translation>Années d&apos;ABF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNA assessments</source>
        <translation>Évaluations de l&apos;ABF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNA training needs</source>
        <translation>Besoins de formation de l&apos;ABF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position profile</source>
        <translation>Profil de poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNA year</source>
        <translation>Année d&apos;ABF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNA assessment</source>
        <translation>Évaluation de l&apos;ABF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TNA training need</source>
        <translation>Besoin de formation de l&apos;ABF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Island</source>
        <translation>Île</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of office</source>
        <translation>Type de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade and tier</source>
        <translation>Grade et strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year started</source>
        <translation>Année d&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position and office</source>
        <translation>Poste et bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it links</source>
        <translation>Éléments liés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required level</source>
        <translation>Niveau requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vacancies</source>
        <translation>Postes vacants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training budget</source>
        <translation>Budget de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National trainers</source>
        <translation>Formateurs nationaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top needs</source>
        <translation>Besoins principaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried over from</source>
        <translation>Reporté de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow status</source>
        <translation>État d&apos;avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting levels</source>
        <translation>Niveaux de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment and override</source>
        <translation>Commentaire et dérogation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity, course or module</source>
        <translation>Activité, cours ou module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target year</source>
        <translation>Année visée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First bundle</source>
        <translation>Premier lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt only</source>
        <translation>Accusé de réception seul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not finished</source>
        <translation>Inachevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted, not sent</source>
        <translation>Interrompu, non envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for fingerprint</source>
        <translation>En attente d&apos;empreinte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed</source>
        <translation>Non confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No bundle yet</source>
        <translation>Aucun lot pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OCO Secretariat</source>
        <translation>Secrétariat de l&apos;OCO</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/page.py" line="+37"/>
        <location line="+23"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Exchange bundles with the member administrations: import what they send, send each one its receipt, and keep an eye on the region.</source>
        <translation>Échangez des lots avec les administrations membres&#xa0;: importez ce qu&apos;elles envoient, renvoyez à chacune son accusé de réception et gardez un œil sur la région.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send your changes to the OCO Secretariat on a USB stick or by email, and import what it sends back. Works without internet.</source>
        <translation>Envoyez vos modifications au Secrétariat de l&apos;OCO sur clé USB ou par courriel, et importez ce qu&apos;il renvoie. Fonctionne sans internet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Regional overview</source>
        <translation>&amp;Vue régionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>In&amp;box</source>
        <translation>&amp;Réception</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+94"/>
        <source>&amp;Quarantine</source>
        <translation>&amp;Quarantaine</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+98"/>
        <source>Co&amp;nflicts</source>
        <translation>Co&amp;nflits</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust</source>
        <translation>C&amp;onfiance</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Last bundle received: {0}</source>
        <translation>Dernier lot reçu&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a fingerprint: {0}</source>
        <translation>En attente d&apos;empreinte&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: the Secretariat&apos;s key card is missing</source>
        <translation>Synchronisation&#xa0;: la fiche de clé du Secrétariat manque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsent changes: {0} · Last sent: {1} · Last acknowledged: {2}</source>
        <translation>Modifications non envoyées&#xa0;: {0} · Dernier envoi&#xa0;: {1} · Dernier accusé de réception&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of sync, as known on this computer (Sync page).</source>
        <translation>L&apos;état de la synchronisation, tel que connu sur cet ordinateur (page Synchronisation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes not yet acknowledged by the OCO Secretariat: {0}
Last bundle written: {1}
Last receipt from the Secretariat: {2}</source>
        <translation>Modifications dont le Secrétariat de l&apos;OCO n&apos;a pas encore accusé réception&#xa0;: {0}
Dernier lot écrit&#xa0;: {1}
Dernier accusé de réception du Secrétariat&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quarantine ({0})</source>
        <translation>&amp;Quarantaine ({0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;nflicts ({0})</source>
        <translation>Co&amp;nflits ({0})</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/common.py" line="-89"/>
        <source>the OCO Secretariat</source>
        <translation>le Secrétariat de l&apos;OCO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown sender</source>
        <translation>un expéditeur inconnu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows that would be added: {0}, changed: {1}, deleted: {2}; already the same: {3}.</source>
        <translation>Lignes qui seraient ajoutées&#xa0;: {0}, modifiées&#xa0;: {1}, supprimées&#xa0;: {2}&#xa0;; déjà identiques&#xa0;: {3}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows added: {0}, changed: {1}, deleted: {2}; already the same: {3}.</source>
        <translation>Lignes ajoutées&#xa0;: {0}, modifiées&#xa0;: {1}, supprimées&#xa0;: {2}&#xa0;; déjà identiques&#xa0;: {3}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>From {0}: this bundle was already imported on {1}; nothing changes.</source>
        <translation>De {0}&#xa0;: ce lot a déjà été importé le {1}&#xa0;; rien ne change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From {0}: its key is not confirmed yet, so the bundle is checked and kept aside, not merged.</source>
        <translation>De {0}&#xa0;: sa clé n&apos;est pas encore confirmée&#xa0;; le lot est donc vérifié et mis de côté, sans être fusionné.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call {0}&apos;s HR focal point on a number you already know and ask them to read the fingerprint on their Sync page. Type it with Confirm fingerprint (Trust or Quarantine tab): if it matches, the bundle is merged at once.</source>
        <translation>Appelez le point focal RH de {0} à un numéro que vous connaissez déjà et demandez-lui de lire l&apos;empreinte affichée sur sa page Synchronisation. Saisissez-la avec Confirmer l&apos;empreinte (onglet Confiance ou Quarantaine)&#xa0;: si elle correspond, le lot est fusionné aussitôt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The receipt from {0} for {1}; nothing else changes.</source>
        <translation>Accusé de réception envoyé par {0} pour {1}&#xa0;; rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From {0}: {1}</source>
        <translation>De {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle is also the receipt for {0}.</source>
        <translation>Ce lot est aussi l&apos;accusé de réception de {0}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Staff number {0} is used by two different people.</source>
        <translation>Le matricule {0} est utilisé par deux personnes différentes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>your bundle {0}</source>
        <translation>votre lot {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your bundles {0} to {1}</source>
        <translation>vos lots {0} à {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your bundles {0}</source>
        <translation>vos lots {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} parts ({1}…)</source>
        <translation>{0} parties ({1}…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} was refused: {1}. Nothing was changed.</source>
        <translation>{0} a été refusé&#xa0;: {1}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This file holds the key of {0}, not of {1}.</source>
        <translation>Ce fichier contient la clé de {0}, pas celle de {1}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This key of {0} is already the confirmed one; nothing changed.</source>
        <translation>Cette clé de {0} est déjà celle qui est confirmée&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>window: {0}</source>
        <translation>fenêtre&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key of {0} was replaced. Old fingerprint: {1}. New fingerprint, as you typed it: {2}. The old key is kept in the history.</source>
        <translation>La clé de {0} a été remplacée. Ancienne empreinte&#xa0;: {1}. Nouvelle empreinte, telle que vous l&apos;avez saisie&#xa0;: {2}. L&apos;ancienne clé est conservée dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OCO Secretariat&apos;s key card is imported (fingerprint {0}). Bundles can now be made for the Secretariat.</source>
        <translation>La fiche de clé du Secrétariat de l&apos;OCO est importée (empreinte {0}). Des lots peuvent maintenant être créés pour le Secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key of {0} is confirmed.</source>
        <translation>La clé de {0} est confirmée.</translation>
    </message>
</context>
<context>
    <name>TnaGrid</name>
    <message>
        <location filename="../../oco_desktop/ui/models/tna/grid.py" line="+35"/>
        <source>useful</source>
        <translation>utile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>important</source>
        <translation>importante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+244"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>no required level (the person has no position).</source>
        <translation>aucun niveau requis (la personne n&apos;a pas de poste).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not needed by the position (required level 0).</source>
        <translation>non requis par le poste (niveau requis 0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required {0}</source>
        <translation>requis {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreed {0}</source>
        <translation>convenu {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>last year {0}</source>
        <translation>l&apos;an dernier {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>self {0}, supervisor {1}</source>
        <translation>auto-évaluation {0}, responsable {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>importance {0} ({1})</source>
        <translation>importance {0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not assessed yet.</source>
        <translation>Pas encore évalué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap {0}, score {1}: {2}.</source>
        <translation>Écart {0}, score {1}&#xa0;: {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Band set by a manager ({0} computed): {1}</source>
        <translation>Priorité fixée par un responsable ({0} calculée)&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>{0} ({1}), {2}, {3}: {4} of {5} competencies agreed</source>
        <translation>{0} ({1}), {2}, {3}&#xa0;: compétences convenues&#xa0;: {4} sur {5}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no position</source>
        <translation>sans poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no office</source>
        <translation>sans bureau</translation>
    </message>
</context>
<context>
    <name>TnaGridTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/tna/grid.py" line="+109"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Office:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only to &amp;assess</source>
        <translation>À é&amp;valuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the staff whose assessment is complete</source>
        <translation>Masquer les agents dont l&apos;évaluation est terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What typing sets</source>
        <translation>Ce que la saisie définit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed level (counts)</source>
        <translation>Niveau convenu (fait foi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed level</source>
        <translation>Niveau auto-évalué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor&apos;s level</source>
        <translation>Niveau selon le responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance (1-3)</source>
        <translation>Importance (1-3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required level</source>
        <translation>Niveau requis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a digit to set it (the cursor moves on to the next competency); Delete clears it; Enter moves down; Ctrl+Z undoes; Ctrl+Enter opens the person&apos;s form.</source>
        <translation>Tapez un chiffre pour le définir (le curseur passe à la compétence suivante)&#xa0;; Suppr l&apos;efface&#xa0;; Entrée descend&#xa0;; Ctrl+Z annule&#xa0;; Ctrl+Entrée ouvre la fiche de la personne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rétablir (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pen form</source>
        <translation>Ouvrir la fic&amp;he</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every field of the current person, with comments (Ctrl+Enter)</source>
        <translation>Tous les champs de la personne en cours, avec commentaires (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Assessments: staff in rows, competencies in columns</source>
        <translation>Évaluations&#xa0;: agents en lignes, compétences en colonnes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+2"/>
        <source>No office</source>
        <translation>Sans bureau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nobody to assess: the roster has no staff in post. Add staff on the Staff page; they appear here with the competencies of their position.</source>
        <translation>Personne à évaluer&#xa0;: le registre ne compte aucun agent en poste. Ajoutez des agents sur la page Personnel&#xa0;; ils apparaissent ici avec les compétences de leur poste.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} ({1}/{2} assessed)</source>
        <translation>{0} ({1}/{2} évalués)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Type 1–3 for:</source>
        <translation>Tape&amp;z 1 à 3&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type 0–4 for:</source>
        <translation>Tape&amp;z 0 à 4&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TnaNeeds</name>
    <message>
        <location filename="../../oco_desktop/ui/models/tna/needs.py" line="+23"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another sex</source>
        <translation>Autre sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No office</source>
        <translation>Sans bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No position</source>
        <translation>Sans poste</translation>
    </message>
</context>
<context>
    <name>TnaNeedsModel</name>
    <message>
        <location line="+55"/>
        <source>Suggested; saved once you change it or submit the analysis</source>
        <translation>Suggestion&#xa0;; enregistrée dès que vous la modifiez ou transmettez l&apos;analyse</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-learning</source>
        <translation>Formation en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target year</source>
        <translation>Année visée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>TnaNeedsTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/tna/needs.py" line="+48"/>
        <source>Competency and priority</source>
        <translation>Compétence et priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and office</source>
        <translation>… et bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and tier</source>
        <translation>… et strate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and sex</source>
        <translation>… et sexe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Group by:</source>
        <translation>Re&amp;grouper par&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit what meets it…</source>
        <translation>&amp;Modifier la réponse au besoin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy for sharing</source>
        <translation>&amp;Copier pour partage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the table; counts under 5 read &quot;&lt;5&quot;, as for anything sent out</source>
        <translation>Copie le tableau&#xa0;; les effectifs inférieurs à 5 sont notés « &lt;5 », comme pour tout ce qui est diffusé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training needs, highest priority first</source>
        <translation>Besoins de formation, priorité la plus haute d&apos;abord</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Highest priority first, then most staff. Press Enter on a need to choose what could meet it; suggestions in italics are saved when you change them or submit the analysis. Counts here are exact (inside the office).</source>
        <translation>Priorité la plus haute d&apos;abord, puis effectif le plus grand. Appuyez sur Entrée sur un besoin pour choisir ce qui pourrait y répondre&#xa0;; les suggestions en italique sont enregistrées quand vous les modifiez ou transmettez l&apos;analyse. Les effectifs affichés ici sont exacts (usage interne au bureau).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No training needs yet: they appear as soon as an agreed level is below the level the position requires.</source>
        <translation>Aucun besoin de formation pour l&apos;instant&#xa0;: ils apparaissent dès qu&apos;un niveau convenu est inférieur au niveau requis par le poste.</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Copied %Ln needs, counts under 5 as &quot;&lt;5&quot;. Paste them into a report.</source>
        <translation>
            <numerusform>%Ln besoin copié, effectifs inférieurs à 5 notés « &lt;5 ». Collez-le dans un rapport.</numerusform>
            <numerusform>%Ln besoins copiés, effectifs inférieurs à 5 notés « &lt;5 ». Collez-les dans un rapport.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TnaOrgTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/tna/org.py" line="+73"/>
        <source>whole amount</source>
        <translation>montant entier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. TOP</source>
        <translation>p. ex. XPF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strategic &amp;priorities and reforms under way:</source>
        <translation>&amp;Priorités stratégiques et réformes en cours&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our &amp;top needs, in our own words:</source>
        <translation>Nos besoins principau&amp;x, avec nos mots&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Constraints (connectivity, travel…):</source>
        <translation>&amp;Contraintes (connexion, déplacements…)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training &amp;budget:</source>
        <translation>&amp;Budget de formation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>Dev&amp;ise&#xa0;:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Vacancies and &amp;key positions at risk:</source>
        <translation>Postes &amp;vacants et postes clés menacés&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>National trai&amp;ners available:</source>
        <translation>For&amp;mateurs nationaux disponibles&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff in post, from the roster</source>
        <translation>Agents en poste, d&apos;après le registre</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The analysis is locked: return it to draft or reopen it to change it.</source>
        <translation>L&apos;analyse est verrouillée&#xa0;: remettez-la en brouillon ou rouvrez-la pour la modifier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No position</source>
        <translation>Sans poste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As submitted.</source>
        <translation>Tel que transmis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept up to date from the roster until the analysis is submitted.</source>
        <translation>Tenu à jour d&apos;après le registre jusqu&apos;à la transmission de l&apos;analyse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>TnaPage</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/tna/page.py" line="+68"/>
        <source>Training needs analysis</source>
        <translation>Analyse des besoins de formation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send for &amp;review</source>
        <translation>Envoyer en &amp;relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to &amp;draft</source>
        <translation>Remettre en bro&amp;uillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>App&amp;rouver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubmit…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a &amp;year…</source>
        <translation>Commencer une a&amp;nnée…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>No training needs analysis has arrived yet. Members&apos; analyses appear here once their sync bundles are imported.</source>
        <translation>Aucune analyse des besoins de formation n&apos;est encore arrivée. Les analyses des membres apparaissent ici dès que leurs lots de synchronisation sont importés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No training needs analysis yet. Start this year&apos;s: every staff member in post is listed with the competencies of their position, ready to assess.</source>
        <translation>Pas encore d&apos;analyse des besoins de formation. Commencez celle de cette année&#xa0;: chaque agent en poste est listé avec les compétences de son poste, prêt à être évalué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the {0} analysis</source>
        <translation>Commencer l&apos;analyse {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Reçue par le Secrétariat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reopened on {0}: {1}</source>
        <translation>Rouverte le {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved by {0} on {1}. Submit it to lock it and send it.</source>
        <translation>Approuvée par {0} le {1}. Transmettez-la pour la verrouiller et l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted on {0}, approved by {1}: locked, and sent to the Secretariat with the next sync bundle. It becomes acknowledged when their receipt arrives.</source>
        <translation>Transmise le {0}, approuvée par {1}&#xa0;: verrouillée, et envoyée au Secrétariat avec le prochain lot de synchronisation. Elle sera marquée reçue à l&apos;arrivée de son accusé de réception.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Secretariat acknowledged receipt on {0}.</source>
        <translation>Le Secrétariat en a accusé réception le {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started from {0}: last year&apos;s levels show in grey italics until agreed.</source>
        <translation>Commencée à partir de {0}&#xa0;: les niveaux de l&apos;an dernier s&apos;affichent en italique gris jusqu&apos;à accord.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} of {1} staff assessed · {2} partly · {3} to assess</source>
        <translation>Agents évalués&#xa0;: {0} sur {1} · en partie&#xa0;: {2} · à évaluer&#xa0;: {3}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Approve the analysis</source>
        <translation>Approuver l&apos;analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the person who approves the {0} analysis:</source>
        <translation>Nom de la personne qui approuve l&apos;analyse {0}&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the approver&apos;s name: an approval is always by a named person.</source>
        <translation>Indiquez le nom de l&apos;approbateur&#xa0;: une approbation est toujours faite par une personne nommée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen the analysis</source>
        <translation>Rouvrir l&apos;analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is the submitted {0} analysis reopened? The reason is recorded and sent to the Secretariat.</source>
        <translation>Pourquoi rouvrir l&apos;analyse {0} transmise&#xa0;? Le motif est enregistré et envoyé au Secrétariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the reason for reopening.</source>
        <translation>Indiquez le motif de la réouverture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submit the {0} training needs analysis? It is locked, and goes to the OCO Secretariat with the next sync bundle.</source>
        <translation>Transmettre l&apos;analyse des besoins de formation {0}&#xa0;? Elle est verrouillée et part au Secrétariat de l&apos;OCO avec le prochain lot de synchronisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ubmit</source>
        <translation>&amp;Transmettre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Start anyway</source>
        <translation>&amp;Commencer quand même</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before the {0} analysis can be filled in:</source>
        <translation>Avant de pouvoir remplir l&apos;analyse {0}&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>• %n staff in post have no position ({0}), so no required level: give them one on the Staff page (choose several rows, then Change chosen…).</source>
        <translation>
            <numerusform>• %n agent en poste n&apos;a pas de poste ({0}), donc aucun niveau requis&#xa0;: attribuez-lui un poste sur la page Personnel (choisissez plusieurs lignes, puis Modifier la sélection…).</numerusform>
            <numerusform>• %n agents en poste n&apos;ont pas de poste ({0}), donc aucun niveau requis&#xa0;: attribuez-leur un poste sur la page Personnel (choisissez plusieurs lignes, puis Modifier la sélection…).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} ({1} staff)</source>
        <translation>{0} (agents&#xa0;: {1})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>• %n positions require no level in any competency ({0}): set their required levels on the Offices and positions page.</source>
        <translation>
            <numerusform>• %n poste n&apos;exige aucun niveau dans aucune compétence ({0})&#xa0;: fixez ses niveaux requis sur la page Bureaux et postes.</numerusform>
            <numerusform>• %n postes n&apos;exigent aucun niveau dans aucune compétence ({0})&#xa0;: fixez leurs niveaux requis sur la page Bureaux et postes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix these first, or start now and fill them in later.</source>
        <translation>Corrigez d&apos;abord ces points, ou commencez maintenant et complétez plus tard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting the {0} analysis…</source>
        <translation>Démarrage de l&apos;analyse {0}…</translation>
    </message>
</context>
<context>
    <name>TnaPersonModel</name>
    <message>
        <location filename="../../oco_desktop/ui/models/tna/person.py" line="+107"/>
        <source>Set by a manager ({0} computed): {1}</source>
        <translation>Fixée par un responsable ({0} calculée)&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self</source>
        <translation>Auto-éval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap × imp.</source>
        <translation>Écart × imp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The level that counts; grey italics: last year&apos;s</source>
        <translation>Le niveau qui fait foi&#xa0;; italique gris&#xa0;: celui de l&apos;an dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 useful, 2 important, 3 critical</source>
        <translation>1 utile, 2 importante, 3 critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: a manager may change it, with a reason (*)</source>
        <translation>Entrée&#xa0;: un responsable peut la changer, avec un motif (*)</translation>
    </message>
</context>
<context>
    <name>TnaPersonTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/tna/person.py" line="+53"/>
        <source>Staff member</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Staff member:</source>
        <translation>Ag&amp;ent&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in &amp;grid</source>
        <translation>Afficher dans la &amp;grille</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The person&apos;s assessment, one competency a row</source>
        <translation>L&apos;évaluation de la personne, une compétence par ligne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type 0-4 for a level (1-3 for importance); Enter on the priority to change it with a reason; type to write a comment. Everything is saved as you go.</source>
        <translation>Tapez 0 à 4 pour un niveau (1 à 3 pour l&apos;importance)&#xa0;; Entrée sur la priorité pour la changer avec un motif&#xa0;; tapez pour écrire un commentaire. Tout est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nobody to assess yet: the roster has no staff in post.</source>
        <translation>Personne à évaluer pour l&apos;instant&#xa0;: le registre ne compte aucun agent en poste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}, {1} ({2}), {3}: {4} of {5} competencies agreed.</source>
        <translation>{0}, {1} ({2}), {3} — compétences convenues&#xa0;: {4} sur {5}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no position</source>
        <translation>sans poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no office</source>
        <translation>sans bureau</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Agree a level first: there is no priority to change yet.</source>
        <translation>Convenez d&apos;abord d&apos;un niveau&#xa0;: il n&apos;y a pas encore de priorité à changer.</translation>
    </message>
</context>
<context>
    <name>TnaProgressBox</name>
    <message>
        <location filename="../../oco_desktop/ui/widgets/tna_progress.py" line="+40"/>
        <source>Training needs analysis</source>
        <translation>Analyse des besoins de formation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff assessed</source>
        <translation>Agents évalués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs by priority (a person and a competency each):</source>
        <translation>Besoins par priorité (chacun&#xa0;: une personne et une compétence)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top five training needs</source>
        <translation>Les cinq premiers besoins de formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Training needs</source>
        <translation>Ouvrir &amp;Besoins de formation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No training needs analysis yet: start this year&apos;s on the Training needs page.</source>
        <translation>Pas encore d&apos;analyse des besoins de formation&#xa0;: commencez celle de cette année sur la page Besoins de formation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>transmise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledged by the Secretariat</source>
        <translation>reçue par le Secrétariat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, {1}: {2} of {3} staff assessed, {4} to assess.</source>
        <translation>{0}, {1} — agents évalués&#xa0;: {2} sur {3}, à évaluer&#xa0;: {4}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%v of %m assessed</source>
        <translation>%v sur %m évalués</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Top needs</source>
        <translation>Besoins principaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No training needs yet.</source>
        <translation>Aucun besoin de formation pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln staff</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <location filename="../../oco_desktop/ui/pages/sync/keys.py" line="+87"/>
        <source>The key of {0} is confirmed.</source>
        <translation>La clé de {0} est confirmée.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln bundles that waited in quarantine were imported:</source>
        <translation>
            <numerusform>%Ln lot en attente en quarantaine a été importé&#xa0;:</numerusform>
            <numerusform>%Ln lots en attente en quarantaine ont été importés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No bundle from it was waiting in quarantine.</source>
        <translation>Aucun lot de cet expéditeur n&apos;attendait en quarantaine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A bundle that waited could not be imported: {0}.</source>
        <translation>Un lot en attente n&apos;a pas pu être importé&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fingerprint confirmed</source>
        <translation>Empreinte confirmée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirming the key and importing the bundles that waited…
A bundle is merged completely or not at all; this cannot be stopped halfway.</source>
        <translation>Confirmation de la clé et import des lots en attente…
Un lot est fusionné entièrement ou pas du tout&#xa0;; l&apos;opération ne peut pas être interrompue.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keys of the other side</source>
        <translation>Clés de l&apos;autre partie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Secretariat&apos;s key lets this computer make bundles only the Secretariat can open, and check that its bundles really come from it.</source>
        <translation>La clé du Secrétariat permet à cet ordinateur de créer des lots que seul le Secrétariat peut ouvrir, et de vérifier que ses lots viennent bien de lui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A member&apos;s key arrives with its first bundle. Its bundles wait in quarantine until you confirm the fingerprint with the member&apos;s HR focal point by phone.</source>
        <translation>La clé d&apos;un membre arrive avec son premier lot. Ses lots attendent en quarantaine jusqu&apos;à ce que vous confirmiez l&apos;empreinte par téléphone avec le référent RH du membre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peers and their keys</source>
        <translation>Correspondants et leurs clés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Confirm fingerprint…</source>
        <translation>&amp;Confirmer l&apos;empreinte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;evoke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the Secretariat&apos;s &amp;key card…</source>
        <translation>&amp;Importer la fiche de clé du Secrétariat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a member&apos;s &amp;key card…</source>
        <translation>Importer la fiche de clé d&apos;un &amp;membre…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-e&amp;nrol…</source>
        <translation>Réi&amp;nscrire…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace this member&apos;s key with a new one (a new computer, or a wrong first contact), from its new key card or a bundle it sent, after the fingerprint check by phone.</source>
        <translation>Remplacer la clé de ce membre par une nouvelle (un nouvel ordinateur, ou un premier contact erroné), à partir de sa nouvelle fiche de clé ou d&apos;un lot qu&apos;il a envoyé, après la vérification de l&apos;empreinte par téléphone.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This computer&apos;s key</source>
        <translation>Clé de cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s fingerprint</source>
        <translation>Empreinte de cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport my key card…</source>
        <translation>E&amp;xporter ma fiche de clé…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{0} ({1}). When the other side confirms your key, read them this fingerprint by phone:</source>
        <translation>{0} ({1}). Quand l&apos;autre partie confirme votre clé, lisez-lui cette empreinte par téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a peer in the list to see its fingerprint.</source>
        <translation>Choisissez un correspondant dans la liste pour voir son empreinte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keys yet.</source>
        <translation>Aucune clé pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key of {0} is not confirmed. Ask its HR focal point by phone to read their fingerprint, and type it with Confirm fingerprint.</source>
        <translation>La clé de {0} n&apos;est pas confirmée. Demandez par téléphone à son point focal RH de lire son empreinte, et saisissez-la avec Confirmer l&apos;empreinte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of {0} is revoked. If it has a new key, use Re-enrol.</source>
        <translation>La clé de {0} est révoquée. S&apos;il a une nouvelle clé, utilisez Réinscrire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint of {0}:</source>
        <translation>Empreinte de {0}&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint of {0}</source>
        <translation>Empreinte de {0}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revoke the key of {0}?

Its bundles will be refused, and no bundle can be made for it, until you confirm its fingerprint again. Do this only if its computer or key card was lost or stolen.</source>
        <translation>Révoquer la clé de {0}&#xa0;?

Ses lots seront refusés, et aucun lot ne pourra être créé pour lui, tant que vous n&apos;aurez pas de nouveau confirmé son empreinte. Ne le faites que si son ordinateur ou sa fiche de clé a été perdu ou volé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;evoke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of {0} is revoked.</source>
        <translation>La clé de {0} est révoquée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This computer&apos;s key card was written to {0}. Send it to the other side; they confirm it with the fingerprint {1}.</source>
        <translation>La fiche de clé de cet ordinateur a été écrite dans {0}. Envoyez-la à l&apos;autre partie&#xa0;; elle la confirmera avec l&apos;empreinte {1}.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/first_run.py" line="-96"/>
        <source>Welcome to OCO Desktop</source>
        <translation>Bienvenue dans OCO Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OCO Desktop keeps your customs administration&apos;s staff roster and training needs on this computer. It works without internet.</source>
        <translation>OCO Desktop conserve sur cet ordinateur le registre du personnel et les besoins de formation de votre administration des douanes. Il fonctionne sans internet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set up my office</source>
        <translation>&amp;Configurer mon bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start your own staff roster. It takes a minute: choose your administration and name your office.</source>
        <translation>Créez votre propre registre du personnel. Cela prend une minute&#xa0;: choisissez votre administration et nommez votre bureau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Explore with demo data</source>
        <translation>&amp;Découvrir avec des données de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try OCO Desktop with 60 fictional staff. Everything is marked DEMO and nothing is sent anywhere.</source>
        <translation>Essayez OCO Desktop avec 60 agents fictifs. Tout est marqué DÉMO et rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your data will be kept in {0}</source>
        <translation>Vos données seront conservées dans {0}</translation>
    </message>
</context>
<context>
    <name>_PlaceDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/dialogs/roster/org_editors.py" line="-115"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
</TS>
