// InterventionTypes: the kinds of intervention (insats) a coordinator can register — stable
// codes as stored in the store, with translatable names for lists and forms.
#pragma once

#include <QString>
#include <QStringList>

namespace lagesbild
{

class InterventionTypes
{
  public:
    //! "police_presence", "guards", "night_walks", "lighting", "clean_up", "camera", "dialogue", "other".
    static QStringList codes();
    //! Translated name of a code; an unknown code is shown as it is.
    static QString name(const QString &code);
};

} // namespace lagesbild
