// DemoTaxonomy: which categories and sources of the store's default taxonomy the Kungsör demo
// uses (collected from the profiles), and a short synthetic description per category.
#pragma once

#include <QString>
#include <QStringList>

namespace lagesbild::demo
{

class DemoTaxonomy
{
  public:
    //! Category codes the demo writes, of both kinds, sorted.
    static QStringList usedCategoryCodes();
    //! Source codes the demo writes, sorted.
    static QStringList usedSourceCodes();
    //! The source code of reported crimes.
    static QString policeSource() { return QStringLiteral("polisen"); }
    //! A synthetic description for an incident of the category (Swedish, marked as demo data).
    static QString description(const QString &categoryCode);
};

} // namespace lagesbild::demo
