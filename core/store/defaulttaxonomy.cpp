#include "defaulttaxonomy.h"

#include <QCoreApplication>

namespace lagesbild
{
namespace
{
struct CategoryRow
{
    const char *code;
    const char *nameSv; // UTF-8
    const char *nameEn;
    const char *colour;
    const char *group;
};

// Reported crimes, grouped as in BRÅ's statistics of reported offences.
constexpr CategoryRow kCrimeCategories[] = {
  {"brott_misshandel", "Misshandel", "Assault", "#c0392b", "Brott mot person"},
  {"brott_hot_ofredande", "Olaga hot och ofredande", "Unlawful threats and molestation", "#e67e22", "Brott mot person"},
  {"brott_sexualbrott", "Sexualbrott", "Sexual offences", "#8e44ad", "Brott mot person"},
  {"brott_ran", "Rån", "Robbery", "#6c1d45", "Stöld-, rån- och häleribrott"},
  {"brott_stold_snatteri", "Stöld och snatteri", "Theft and shoplifting", "#2471a3", "Stöld-, rån- och häleribrott"},
  {"brott_inbrott", "Inbrott (ej bostad)", "Burglary (non-residential)", "#1abc9c", "Stöld-, rån- och häleribrott"},
  {"brott_bostadsinbrott", "Bostadsinbrott", "Residential burglary", "#117864", "Stöld-, rån- och häleribrott"},
  {"brott_fordonsbrott", "Fordonsbrott (bil- och cykelbrott)", "Vehicle crime (theft of and from vehicles)", "#5dade2",
   "Stöld-, rån- och häleribrott"},
  {"brott_skadegorelse", "Skadegörelse", "Criminal damage", "#d4ac0d", "Skadegörelsebrott"},
  {"brott_narkotika", "Narkotikabrott", "Drug offences", "#27ae60", "Narkotikabrott"},
  {"brott_trafik", "Trafikbrott", "Traffic offences", "#7f8c8d", "Trafikbrott"},
  {"brott_bedrageri", "Bedrägeri", "Fraud", "#34495e", "Bedrägeribrott"},
  {"brott_ovrigt", "Övriga brott", "Other offences", "#a6acaf", "Övriga brott"},
};

// Reports of the municipal lägesbild (EST): incidents that make a place feel unsafe.
constexpr CategoryRow kReportCategories[] = {
  {"klotter", "Klotter", "Graffiti", "#ff7f0e", "Fysisk miljö"},
  {"skadegorelse", "Skadegörelse", "Vandalism", "#ffbb33", "Fysisk miljö"},
  {"otrygg_samling", "Otrygg samling", "Intimidating gathering", "#d62728", "Ordning och trygghet"},
  {"nedskrapning", "Nedskräpning", "Littering", "#8c564b", "Fysisk miljö"},
  {"brand", "Brand", "Fire", "#ff2d00", "Brand"},
  {"buskorning", "Buskörning", "Reckless driving", "#1f77b4", "Trafik"},
  {"berusade_personer", "Berusade personer", "Drunk people", "#9467bd", "Ordning och trygghet"},
  {"misstankt_narkotikahandel", "Misstänkt narkotikahandel", "Suspected drug dealing", "#2ca02c", "Misstänkt brottslighet"},
  {"otrygg_plats", "Otrygg plats / belysning", "Unsafe place / lighting", "#17becf", "Fysisk miljö"},
  {"hot_brak", "Hot och bråk", "Threats and fights", "#e377c2", "Ordning och trygghet"},
  {"ovrigt", "Övrigt", "Other", "#7f7f7f", "Övrigt"},
};

struct SourceRow
{
    const char *code;
    const char *name;
};

constexpr SourceRow kSources[] = {
  {"polisen", "Polisen"},
  {"bostadsbolaget", "Bostadsbolaget"},
  {"vaktare", "Väktare"},
  {"nattvandrare", "Nattvandrare"},
  {"skolan", "Skolan"},
  {"kommunen", "Kommunen"},
  {"kommunen_socialtjanst", "Kommunen – socialtjänsten"},
  {"kommunen_fritid", "Kommunen – fritid och fritidsgårdar"},
  {"kommunen_gata_park", "Kommunen – gata och park"},
  {"kommunen_raddningstjanst", "Kommunen – räddningstjänsten"},
  {"naringslivet", "Näringslivet"},
  {"allmanheten", "Allmänheten"},
};

void append(std::vector<Category> &out, const CategoryRow &row, IncidentKind kind)
{
  Category category;
  category.code = QString::fromLatin1(row.code);
  category.nameSv = QString::fromUtf8(row.nameSv);
  category.nameEn = QString::fromUtf8(row.nameEn);
  category.kind = kind;
  category.colour = QString::fromLatin1(row.colour);
  category.group = QString::fromUtf8(row.group);
  out.push_back(std::move(category));
}
} // namespace

std::vector<Category> DefaultTaxonomy::categories()
{
  std::vector<Category> out;
  for (const CategoryRow &row : kCrimeCategories)
    append(out, row, IncidentKind::Crime);
  for (const CategoryRow &row : kReportCategories)
    append(out, row, IncidentKind::Report);
  return out;
}

std::vector<Source> DefaultTaxonomy::sources()
{
  std::vector<Source> out;
  for (const SourceRow &row : kSources)
    out.push_back(Source{QString::fromLatin1(row.code), QString::fromUtf8(row.name)});
  return out;
}

} // namespace lagesbild
