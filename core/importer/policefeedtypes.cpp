#include "policefeedtypes.h"

namespace lagesbild::importer
{
namespace
{
constexpr IncidentKind C = IncidentKind::Crime;
constexpr IncidentKind R = IncidentKind::Report;
} // namespace

const std::vector<PoliceFeedType> &PoliceFeedTypes::all()
{
  // The types polisen.se publishes (its API documentation and saved feeds, 2021–2025).
  static const std::vector<PoliceFeedType> sTypes = {
    // Crimes against a person.
    {"Misshandel", C, "brott_misshandel"},
    {"Misshandel, grov", C, "brott_misshandel"},
    {"Mord/dråp", C, "Mord/dråp"},
    {"Mord/dråp, försök", C, "Mord/dråp"},
    {"Vållande till kroppsskada", C, "brott_misshandel"},
    {"Våld/hot mot tjänsteman", C, "brott_hot_ofredande"},
    {"Olaga hot", C, "brott_hot_ofredande"},
    {"Ofredande/förargelse", C, "brott_hot_ofredande"},
    {"Bombhot", C, "brott_hot_ofredande"},
    {"Olaga frihetsberövande", C, "brott_ovrigt"},
    {"Våldtäkt", C, "brott_sexualbrott"},
    {"Våldtäkt, försök", C, "brott_sexualbrott"},
    {"Sedlighetsbrott", C, "brott_sexualbrott"},
    // Theft, robbery, burglary.
    {"Rån", C, "brott_ran"},
    {"Rån väpnat", C, "brott_ran"},
    {"Rån, försök", C, "brott_ran"},
    {"Rån övrigt", C, "brott_ran"},
    {"Stöld", C, "brott_stold_snatteri"},
    {"Stöld, försök", C, "brott_stold_snatteri"},
    {"Stöld/inbrott", C, "brott_inbrott"},
    {"Snatteri", C, "brott_stold_snatteri"},
    {"Häleri", C, "brott_stold_snatteri"},
    {"Inbrott", C, "brott_inbrott"},
    {"Inbrott, försök", C, "brott_inbrott"},
    {"Motorfordon, stöld", C, "brott_fordonsbrott"},
    {"Motorfordon, anträffat stulet", C, "brott_fordonsbrott"},
    // Damage, drugs, traffic offences, fraud, other offences.
    {"Skadegörelse", C, "brott_skadegorelse"},
    {"Narkotikabrott", C, "brott_narkotika"},
    {"Rattfylleri", C, "brott_trafik"},
    {"Trafikbrott", C, "brott_trafik"},
    {"Olovlig körning", C, "brott_trafik"},
    {"Trafikolycka, smitning från", C, "brott_trafik"},
    {"Bedrägeri", C, "brott_bedrageri"},
    {"Förfalskningsbrott", C, "brott_bedrageri"},
    {"Missbruk av urkund", C, "brott_bedrageri"},
    {"Ekobrott", C, "brott_bedrageri"},
    {"Olaga intrång/hemfridsbrott", C, "brott_ovrigt"},
    {"Vapenlagen", C, "brott_ovrigt"},
    {"Knivlagen", C, "brott_ovrigt"},
    {"Alkohollagen", C, "brott_ovrigt"},
    {"Miljöbrott", C, "brott_ovrigt"},
    {"Sjölagen", C, "brott_ovrigt"},
    {"Lagen om hundar och katter", C, "brott_ovrigt"},
    {"Utlänningslagen", C, "brott_ovrigt"},
    {"Skottlossning", C, "brott_ovrigt"},
    {"Detonation", C, "brott_ovrigt"},
    {"Spridning smittsamma kemikalier", C, "brott_ovrigt"},
    // Not crimes: reports in the lägesbild.
    {"Brand", R, "brand"},
    {"Brand automatlarm", R, "brand"},
    {"Trafikolycka", R, "Trafikolycka"},
    {"Trafikolycka, personskada", R, "Trafikolycka"},
    {"Trafikolycka, singel", R, "Trafikolycka"},
    {"Trafikolycka, vilt", R, "Trafikolycka"},
    {"Trafikhinder", R, "Trafikolycka"},
    {"Försvunnen person", R, "Försvunnen person"},
    {"Anträffad död", R, "Olycka och sjukdom"},
    {"Sjukdom/olycksfall", R, "Olycka och sjukdom"},
    {"Arbetsplatsolycka", R, "Olycka och sjukdom"},
    {"Olycka, övrigt", R, "Olycka och sjukdom"},
    {"Räddningsinsats", R, "Olycka och sjukdom"},
    {"Fjällräddning", R, "Olycka och sjukdom"},
    {"Naturkatastrof", R, "Olycka och sjukdom"},
    {"Fylleri/LOB", R, "berusade_personer"},
    {"Bråk", R, "hot_brak"},
    {"Ofog barn/ungdom", R, "otrygg_samling"},
    {"Skottlossning, misstänkt", R, "ovrigt"},
    {"Farligt föremål, misstänkt", R, "ovrigt"},
    {"Djur skadat/omhändertaget", R, "ovrigt"},
    {"Varningslarm/haveri", R, "ovrigt"},
    {"Larm inbrott", R, "ovrigt"},
    {"Larm överfall", R, "ovrigt"},
    {"Kontroll person/fordon", R, "ovrigt"},
    {"Trafikkontroll", R, "ovrigt"},
    {"Gränskontroll", R, "ovrigt"},
    {"Polisinsats/kommendering", R, "ovrigt"},
    {"Anträffat gods", R, "ovrigt"},
    {"Tillfälligt obemannat", R, "ovrigt"},
    {"Uppdatering", R, "ovrigt"},
    {"Övrigt", R, "ovrigt"},
    {"Sammanfattning natt", R, "ovrigt"},
  };
  return sTypes;
}

std::optional<PoliceFeedType> PoliceFeedTypes::find(const QString &type)
{
  const QString wanted = type.trimmed();
  for (const PoliceFeedType &entry : all())
    if (wanted.compare(QString::fromUtf8(entry.type), Qt::CaseInsensitive) == 0)
      return entry;
  // "Sammanfattning dag", "Sammanfattning kväll och natt", "Sammanfattning vecka" …
  if (wanted.startsWith(QLatin1String("Sammanfattning"), Qt::CaseInsensitive))
    return PoliceFeedType{"Sammanfattning", IncidentKind::Report, "ovrigt"};
  return std::nullopt;
}

} // namespace lagesbild::importer
