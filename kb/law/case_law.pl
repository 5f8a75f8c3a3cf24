/*  Case law, doctrine and the constructions they admit -- included by kb/law.pl

    These exceptions to art. 458 CP come from no article: each cites the
    case law or the doctrine that created it.
*/

/* ======================================================================
   Secret professionnel partagé -- shared professional secrecy (s10)
   ----------------------------------------------------------------------
   A construction of case law, admitted by the three main codes of ethics:
   only between professionals themselves bound by secrecy, whose missions
   pursue the same objectives, in the person's interest, with the person's
   informed agreement, limited to what is strictly necessary (cumulative
   conditions of art. 14 of the psychologists' code).
   ====================================================================== */

rule(shared_secret, verdict(permitted),
     all([ recipient_in([colleague, service_director, case_consultation]),
           fact(recipient_bound_by_secrecy),
           fact(same_mission),
           fact(person_consents),
           fact(in_person_interest),
           fact(strictly_necessary) ])).
exception(shared_secret, cp_458).
rule_meta(shared_secret,
          [provision(shared_secret), source(shared_secret), seed([s10])]).
rule_text(shared_secret, fr,
          "Secret partagé: entre professionnels tenus au secret et poursuivant la même mission, dans l'intérêt de la personne, avec son accord, et dans la stricte mesure du nécessaire.").
rule_text(shared_secret, en,
          "Shared secrecy: between professionals bound by secrecy who pursue the same mission, in the person's interest, with the person's agreement, and only as far as strictly necessary.").

advice(shared_secret_stays_secret, caveat,
       basis_has(shared_secret)).
advice_meta(shared_secret_stays_secret,
            [provision(shared_secret), source(shared_secret), seed([s10])]).
advice_text(shared_secret_stays_secret, fr,
            "Ne partager que ce qui est strictement nécessaire à la mission commune; l'information ne peut être détournée de la finalité pour laquelle elle a été recueillie, et le destinataire reste tenu au secret.").
advice_text(shared_secret_stays_secret, en,
            "Share only what the common mission strictly needs; the information may not be turned from the purpose for which it was collected, and the recipient remains bound to secrecy.").

advice(different_missions, note,
       all([ recipient_in([police]),
             verdict_in([forbidden]),
             fact(recipient_bound_by_secrecy) ])).
advice_meta(different_missions,
            [provision(shared_secret), source(shared_secret), seed([s10])]).
advice_text(different_missions, fr,
            "Un travailleur social et un policier sont tous deux tenus au secret, mais leurs missions diffèrent: il n'y a pas de secret partagé entre eux.").
advice_text(different_missions, en,
            "A social worker and a police officer are both bound to secrecy, but their missions differ: there is no shared secrecy between them.").
