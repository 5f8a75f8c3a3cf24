/*  Décret de la Communauté française du 12 mai 2004 relatif à l'aide aux
    enfants victimes de maltraitance -- loaded into the module law
    (kb/law.pl)

    Art. 3, § 2: every intervenant faced with a situation of maltreatment
    or risk "peut interpeller" the specific services it lists, the SOS
    Enfants teams among them, to be accompanied, oriented or relayed. Read
    as an authorisation by decree within art. 458 ("celui où ... le
    décret ... les autorise"): permitted, a faculty. The text is quoted by
    Yapaka (a French Community service), not read in the Official Gazette.

    The contract's provision table has no id of its own for this decree:
    the rule is an exception written in art. 458 itself ("the decree
    authorises them"), so its provision is cp_458. The vocabulary has no
    region: the Flemish case (Vertrouwenscentra Kindermishandeling) is
    integrale_jeugdhulp_decree.pl's caveat.
*/

article(child_abuse_decree_2004_art_3,
        [ instrument = child_abuse_decree_2004,
          article    = "3, § 2",
          source     = child_abuse_decree_2004_art_3,
          quote      = [ fr = "Afin d'organiser cette aide, tout intervenant confronté à une situation de maltraitance ou à risques peut interpeller l'une des instances ou services spécifiques suivants aux fins de se faire accompagner, orienter ou relayer dans la prise en charge : le centre psycho-médico-social, le service de promotion de la santé à l'école, l'équipe « SOS Enfants », le conseiller [...]. Toute coopération doit s'exercer dans la discrétion [...]" ]
        ]).

rule(child_abuse_centre_consultation,
     [ overrides = [cp_458, cp2024_352]
     , concludes = verdict(permitted)
     , condition = all([recipient_in([child_abuse_centre]), fact(victim_minor)])
     , provision = cp_458
     , source    = child_abuse_decree_2004_art_3
     , reading   = interpretation(child_abuse_decree_2004_art_3,
                       [ fr = "Lecture retenue: « peut interpeller … aux fins de se faire accompagner, orienter ou relayer » est une autorisation du décret au sens de l'art. 458; qu'elle couvre tout professionnel tenu au secret (« tout intervenant ») est une lecture, la définition de l'intervenant n'ayant pas été lue.",
                         en = "Reading adopted: 'may call on … to be accompanied, oriented or relayed' is an authorisation by decree within art. 458; that it covers every professional bound by secrecy ('tout intervenant') is a reading, the decree's definition of intervenant not having been read.",
                         nl = "Aangenomen lezing: « kan een beroep doen op … om zich te laten begeleiden, oriënteren of de tenlasteneming over te dragen » is een toelating bij decreet in de zin van art. 458 Sw.; dat ze elke hulpverlener met beroepsgeheim dekt (« tout intervenant »), is een lezing: de definitie van intervenant in het decreet is niet gelezen." ])
     , text      = [ fr = "Face à une situation de maltraitance d'un enfant ou à risque, le professionnel peut interpeller une équipe SOS Enfants pour se faire accompagner, orienter ou relayer (décret de la Communauté française du 12 mai 2004, art. 3, § 2); il n'y est pas obligé.",
                     en = "Faced with the abuse of a child, or the risk of it, the professional may call on an SOS Enfants team to be accompanied, oriented or relayed (French Community decree of 12 May 2004, art. 3, §2); he need not.",
                     nl = "Bij een situatie van kindermishandeling of een risico daarop mag de hulpverlener een beroep doen op een SOS Enfants-team om zich te laten begeleiden, oriënteren of de tenlasteneming over te dragen (decreet van de Franse Gemeenschap van 12 mei 2004, art. 3, § 2); hij is er niet toe verplicht." ]
     ]).

advice(child_abuse_centre_only_what_is_needed,
       [ kind      = caveat
       , condition = all([recipient_in([child_abuse_centre]), verdict_in([permitted])])
       , provision = cp_458
       , source    = child_abuse_decree_2004_art_3
       , text      = [ fr = "La coopération s'exerce dans la discrétion et ne porte que sur ce qui est utile à l'aide; c'est une faculté. Le décret oblige par ailleurs l'intervenant, compte tenu de sa mission et de sa capacité à agir, à apporter aide et protection à l'enfant (art. 3, § 1er). Règle de la Communauté française (équipes SOS Enfants); en Flandre, voir la réserve sur les Vertrouwenscentra Kindermishandeling.",
                       en = "Cooperation takes place with discretion and covers only what the help needs; it is a faculty. The decree also obliges the intervenant, given his mission and capacity to act, to bring help and protection to the child (art. 3, §1). A French Community rule (SOS Enfants teams); in Flanders, see the caveat on the Vertrouwenscentra Kindermishandeling.",
                       nl = "De samenwerking gebeurt met discretie en betreft enkel wat voor de hulp nodig is; het is een mogelijkheid. Het decreet verplicht de hulpverlener bovendien, rekening houdend met zijn opdracht en handelingsmogelijkheden, het kind hulp en bescherming te bieden (art. 3, § 1). Een regel van de Franse Gemeenschap (SOS Enfants-teams); voor Vlaanderen, zie het voorbehoud over de vertrouwenscentra kindermishandeling." ]
       ]).

advice(child_abuse_centre_staff_not_encoded,
       [ kind      = caveat
       , condition = all([institution_in([child_abuse_centre]), verdict_in([not_covered])])
       , provision = cp_458
       , source    = child_abuse_decree_2004_art_3
       , text      = [ fr = "Le secret propre aux équipes SOS Enfants et aux Vertrouwenscentra Kindermishandeling n'est pas encodé: les professionnels qui y travaillent sont tenus par leur profession; pour les autres membres du personnel ou les bénévoles, la base de connaissances ne peut pas dire ce que prévoient le décret du 12 mai 2004 ou le décret flamand relatif à l'aide intégrale à la jeunesse.",
                       en = "The secrecy of SOS Enfants teams and of Vertrouwenscentra Kindermishandeling as such is not encoded: the professionals working there are bound by their profession; for other staff or volunteers, the knowledge base cannot tell what the decree of 12 May 2004 or the Flemish decree on integrated youth care provide.",
                       nl = "Het eigen beroepsgeheim van de SOS Enfants-teams en de vertrouwenscentra kindermishandeling is niet opgenomen: de hulpverleners die er werken, zijn gebonden door hun beroep; voor andere personeelsleden of vrijwilligers kan de kennisbank niet zeggen wat het decreet van 12 mei 2004 of het decreet integrale jeugdhulp bepaalt." ]
       ]).
