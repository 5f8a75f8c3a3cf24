/*  Decreet van 21 november 2003 betreffende het preventieve
    gezondheidsbeleid (Flemish Community), art. 45: the duty to notify
    infectious diseases -- loaded into the module law (kb/law.pl)

    Two versions: art. 45 as quoted by the VWVJ (the treating doctor, the
    head of a clinical-biology laboratory and the doctors supervising
    schools, companies, youth facilities and care homes must notify), until
    the new duties of 25 January 2024 (notification to the ambtenaar-arts
    of the Departement Zorg). A decree "obliges them" within art. 458: the
    verdict is `obligatory`.

    The vocabulary has no region: the rule is applied to every scenario,
    as the reading says, and a caveat names the Walloon, Brussels and
    German-speaking duties (not read). The contract's role `doctor` stands
    for the treating doctor and the laboratory head; `occupational_doctor`
    for the doctor supervising a company.
*/

/* ======================================================================
   Art. 45 -- who must notify
   ====================================================================== */

article(flemish_prevention_decree_art_45,
        [ instrument = flemish_prevention_decree,
          article    = "45, § 3",
          source     = flemish_prevention_decree_art_45_2003,
          quote      = [ nl = "De verplichting tot melding geldt voor de behandelende arts, het hoofd van een laboratorium van klinische biologie en de arts, belast met het medisch toezicht in scholen, bedrijven, voorzieningen waar kinderen en jongeren verblijven, rust- en verzorgingstehuizen [...]" ]
        ]).

rule(notifiable_disease_doctor_2003,
     [ overrides = cp_458
     , concludes = verdict(obligatory)
     , condition = all([ role_in([doctor, occupational_doctor]),
                         recipient_in([health_authority]),
                         information_in([medical_data, administrative_data]),
                         fact(notifiable_disease)
                       ])
     , provision = public_health_notification
     , source    = flemish_prevention_decree_art_45_2003
     , reading   = interpretation(regional_notification_duties,
                       [ fr = "Appliqué quelle que soit la région: le vocabulaire ne connaît pas la région; la Wallonie (AViQ), Bruxelles (COCOM) et la Communauté germanophone imposent aussi aux médecins de déclarer ces maladies, sur des bases légales non lues ici.",
                         en = "Applied whatever the region: the vocabulary has no region; Wallonia (AViQ), Brussels (COCOM) and the German-speaking Community also oblige doctors to notify these diseases, on legal bases not read here.",
                         nl = "Toegepast ongeacht het gewest: de woordenschat kent geen gewest; ook Wallonië (AViQ), Brussel (GGC) en de Duitstalige Gemeenschap verplichten artsen deze ziekten te melden, op wettelijke grondslagen die hier niet gelezen zijn." ])
     , text      = [ fr = "Maladie à déclaration obligatoire: le médecin traitant (ou le chef du laboratoire, ou le médecin chargé de la surveillance médicale d'une école, d'une entreprise, d'une maison de repos) doit la déclarer à l'autorité sanitaire (décret flamand du 21 novembre 2003, art. 45): le décret l'y oblige.",
                     en = "A notifiable disease: the treating doctor (or the laboratory head, or the doctor supervising a school, company or care home) must notify it to the health authority (Flemish decree of 21 November 2003, art. 45): the decree obliges him.",
                     nl = "Meldingsplichtige infectieziekte: de behandelende arts (of het hoofd van het laboratorium, of de arts belast met het medisch toezicht in een school, bedrijf of woonzorgcentrum) moet ze melden aan de gezondheidsoverheid (decreet van 21 november 2003, art. 45): het decreet verplicht hem daartoe." ]
     ]).

rule(notifiable_disease_doctor_2024,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(obligatory)
     , condition = all([ role_in([doctor, occupational_doctor]),
                         recipient_in([health_authority]),
                         information_in([medical_data, administrative_data]),
                         fact(notifiable_disease)
                       ])
     , provision = public_health_notification
     , source    = flemish_prevention_decree_art_45_2024
     , reading   = interpretation(regional_notification_duties,
                       [ fr = "Appliqué quelle que soit la région (le vocabulaire ne connaît pas la région), et en supposant que le nouvel art. 45 oblige toujours le médecin: son texte n'a pas été lu.",
                         en = "Applied whatever the region (the vocabulary has no region), and assuming the new art. 45 still obliges the doctor: its words were not read.",
                         nl = "Toegepast ongeacht het gewest (de woordenschat kent geen gewest), in de veronderstelling dat het nieuwe art. 45 nog steeds de arts verplicht: de tekst ervan is niet gelezen." ])
     , text      = [ fr = "Maladie à déclaration obligatoire: le médecin doit la déclarer au médecin-fonctionnaire (ambtenaar-arts) du Departement Zorg (décret flamand du 21 novembre 2003, art. 45 remplacé; nouvelles obligations depuis le 25 janvier 2024): le décret l'y oblige.",
                     en = "A notifiable disease: the doctor must notify it to the physician-official (ambtenaar-arts) of the Departement Zorg (Flemish decree of 21 November 2003, art. 45 as replaced; new duties since 25 January 2024): the decree obliges him.",
                     nl = "Meldingsplichtige infectieziekte: de arts moet ze melden aan de ambtenaar-arts van het Departement Zorg (decreet van 21 november 2003, vervangen art. 45; nieuwe meldingsplicht sinds 25 januari 2024): het decreet verplicht hem daartoe." ]
     ]).

advice(notification_regions,
       [ kind      = caveat
       , condition = basis_has(public_health_notification)
       , provision = public_health_notification
       , source    = regional_notification_duties
       , text      = [ fr = "La déclaration des maladies est une compétence des communautés et régions, et la base de connaissances ne connaît pas la région: la règle citée est flamande. En Wallonie, la déclaration se fait à l'AViQ; à Bruxelles, à la COCOM (Vivalis); en Communauté germanophone, selon l'arrêté du 6 juin 2024. Ces textes n'ont pas été lus: vérifier la liste des maladies, le destinataire et le délai applicables.",
                       en = "Notifying diseases is a power of the communities and regions, and the knowledge base has no region: the rule cited is Flemish. In Wallonia notification goes to the AViQ; in Brussels to the COCOM (Vivalis); in the German-speaking Community under the order of 6 June 2024. These texts were not read: check the applicable list of diseases, recipient and time limit.",
                       nl = "Het melden van infectieziekten is een bevoegdheid van de gemeenschappen en gewesten, en de kennisbank kent geen gewest: de geciteerde regel is Vlaams. In Wallonië wordt gemeld aan het AViQ; in Brussel aan de GGC (Vivalis); in de Duitstalige Gemeenschap volgens het besluit van 6 juni 2024. Die teksten zijn niet gelezen: ga de toepasselijke lijst van ziekten, de ontvanger en de termijn na." ]
       ]).

advice(notification_what_to_send_2024,
       [ kind      = note
       , condition = basis_has(public_health_notification)
       , provision = public_health_notification
       , source    = flemish_prevention_decree_art_45_2024
       , text      = [ fr = "Depuis le 25 janvier 2024 (Flandre): la déclaration va au médecin-fonctionnaire de la lutte contre les maladies infectieuses (Departement Zorg), avec l'identité de la personne (numéro de registre national, nom), le diagnostic et l'identité du déclarant, dans les 24 heures de la première suspicion (sources administratives, non le texte du décret).",
                       en = "Since 25 January 2024 (Flanders): the notification goes to the physician-official for infectious-disease control (Departement Zorg), with the person's identity (national number, name), the diagnosis and the notifier's identity, within 24 hours of the first suspicion (administrative sources, not the decree's text).",
                       nl = "Sinds 25 januari 2024 (Vlaanderen): de melding gaat naar de ambtenaar-arts infectieziektebestrijding (Departement Zorg), met de identiteit van de persoon (INSZ, naam), de diagnose en de identiteit van de melder, binnen 24 uur na het eerste vermoeden (administratieve bronnen, niet de tekst van het decreet)." ]
       ]).

advice(notification_is_the_doctors_duty,
       [ kind      = note
       , condition = all([ recipient_in([health_authority]),
                           fact(notifiable_disease),
                           not(role_in([doctor, occupational_doctor])),
                           verdict_in([forbidden])
                         ])
       , provision = public_health_notification
       , source    = flemish_prevention_decree_art_45_2003
       , text      = [ fr = "L'obligation de déclarer pèse sur les médecins (médecin traitant, chef de laboratoire, médecin de la surveillance médicale): elle ne délie pas un autre professionnel de son secret. La déclaration se fait par le médecin.",
                       en = "The duty to notify rests on doctors (the treating doctor, the laboratory head, the supervising doctor): it does not release another professional from his secrecy. The doctor notifies.",
                       nl = "De meldingsplicht rust op artsen (de behandelende arts, het hoofd van het laboratorium, de arts belast met het medisch toezicht): ze ontslaat een andere hulpverlener niet van zijn beroepsgeheim. De arts meldt." ]
       ]).

advice(notification_is_the_doctors_duty_2024,
       [ kind      = note
       , condition = all([ recipient_in([health_authority]),
                           fact(notifiable_disease),
                           not(role_in([doctor, occupational_doctor])),
                           verdict_in([forbidden])
                         ])
       , provision = public_health_notification
       , source    = flemish_prevention_decree_art_45_2024
       , text      = [ fr = "L'obligation de déclarer pèse sur les médecins (selon les sources administratives; le nouvel art. 45 n'a pas été lu): elle ne délie pas un autre professionnel de son secret. La déclaration se fait par le médecin.",
                       en = "The duty to notify rests on doctors (per administrative sources; the new art. 45 was not read): it does not release another professional from his secrecy. The doctor notifies.",
                       nl = "De meldingsplicht rust op artsen (volgens administratieve bronnen; het nieuwe art. 45 is niet gelezen): ze ontslaat een andere hulpverlener niet van zijn beroepsgeheim. De arts meldt." ]
       ]).
