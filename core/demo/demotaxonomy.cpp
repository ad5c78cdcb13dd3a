#include "demotaxonomy.h"

#include "demoprofile.h"

#include <QHash>
#include <QSet>

namespace lagesbild::demo
{
namespace
{
const char *const kProfiles[] = {"centre", "station", "school", "housing", "basement", "park", "harbour", "village", "background"};

QStringList sorted(const QSet<QString> &codes)
{
  QStringList list(codes.begin(), codes.end());
  list.sort();
  return list;
}
} // namespace

QStringList DemoTaxonomy::usedCategoryCodes()
{
  QSet<QString> codes;
  for (const char *name : kProfiles)
  {
    const DemoProfile *profile = DemoProfile::find(QString::fromLatin1(name));
    for (const auto *list : {&profile->crimeCategories, &profile->reportCategories})
    {
      for (const WeightedCode &entry : *list)
        codes.insert(entry.code);
    }
  }
  return sorted(codes);
}

QStringList DemoTaxonomy::usedSourceCodes()
{
  QSet<QString> codes{policeSource()};
  for (const char *name : kProfiles)
  {
    for (const WeightedCode &entry : DemoProfile::find(QString::fromLatin1(name))->reportSources)
      codes.insert(entry.code);
  }
  return sorted(codes);
}

QString DemoTaxonomy::description(const QString &categoryCode)
{
  static const QHash<QString, QString> sTexts = {
    {QStringLiteral("brott_misshandel"), QStringLiteral("Misshandel utomhus (syntetisk demohändelse).")},
    {QStringLiteral("brott_hot_ofredande"), QStringLiteral("Hot mot person (syntetisk demohändelse).")},
    {QStringLiteral("brott_ran"), QStringLiteral("Rån mot person (syntetisk demohändelse).")},
    {QStringLiteral("brott_stold_snatteri"), QStringLiteral("Stöld av lös egendom (syntetisk demohändelse).")},
    {QStringLiteral("brott_inbrott"), QStringLiteral("Inbrott i förråd eller lokal (syntetisk demohändelse).")},
    {QStringLiteral("brott_bostadsinbrott"), QStringLiteral("Inbrott i bostad (syntetisk demohändelse).")},
    {QStringLiteral("brott_fordonsbrott"), QStringLiteral("Cykel eller moped stulen (syntetisk demohändelse).")},
    {QStringLiteral("brott_skadegorelse"), QStringLiteral("Skadegörelse anmäld till polisen (syntetisk demohändelse).")},
    {QStringLiteral("brott_narkotika"), QStringLiteral("Narkotikabrott (syntetisk demohändelse).")},
    {QStringLiteral("brott_trafik"), QStringLiteral("Trafikbrott (syntetisk demohändelse).")},
    {QStringLiteral("brott_bedrageri"), QStringLiteral("Bedrägeri (syntetisk demohändelse).")},
    {QStringLiteral("brott_ovrigt"), QStringLiteral("Övrigt brott (syntetisk demohändelse).")},
    {QStringLiteral("klotter"), QStringLiteral("Klotter på fasad eller skylt (syntetisk demohändelse).")},
    {QStringLiteral("skadegorelse"), QStringLiteral("Sönderslagen ruta eller utrustning (syntetisk demohändelse).")},
    {QStringLiteral("otrygg_samling"), QStringLiteral("Grupp samlas, stökigt och otryggt (syntetisk demohändelse).")},
    {QStringLiteral("nedskrapning"), QStringLiteral("Nedskräpning, flaskor och skräp (syntetisk demohändelse).")},
    {QStringLiteral("brand"), QStringLiteral("Brand i papperskorg eller container (syntetisk demohändelse).")},
    {QStringLiteral("buskorning"), QStringLiteral("Buskörning med moped eller bil (syntetisk demohändelse).")},
    {QStringLiteral("berusade_personer"), QStringLiteral("Berusade personer på platsen (syntetisk demohändelse).")},
    {QStringLiteral("misstankt_narkotikahandel"), QStringLiteral("Misstänkt narkotikaförsäljning (syntetisk demohändelse).")},
    {QStringLiteral("otrygg_plats"), QStringLiteral("Mörkt och otryggt, belysning saknas (syntetisk demohändelse).")},
    {QStringLiteral("hot_brak"), QStringLiteral("Bråk och hotfull stämning (syntetisk demohändelse).")},
    {QStringLiteral("ovrigt"), QStringLiteral("Övrig iakttagelse (syntetisk demohändelse).")},
  };
  return sTexts.value(categoryCode, QStringLiteral("Syntetisk demohändelse."));
}

} // namespace lagesbild::demo
