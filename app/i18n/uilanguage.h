// UiLanguage: the user interface language, Swedish by default — our translation (lagesbild_sv.qm)
// and Qt's own Swedish strings, plus Swedish number and date formats. Needs only Qt Core, so the
// lean command line loads the same translations as the QGIS-linked desktop app.
#pragma once

#include <QString>

namespace lagesbild
{

class UiLanguage
{
  public:
    //! Loads the Swedish translation unless the language is set to English (settings key
    //! "ui/language", environment LAGESBILD_LANG, or an English system locale). Returns the
    //! language code in use ("sv" or "en"). Needs a QCoreApplication.
    static QString install();
};

} // namespace lagesbild
