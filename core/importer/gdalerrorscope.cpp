#include "gdalerrorscope.h"

#include <cpl_error.h>

namespace lagesbild::importer
{

GdalErrorScope::GdalErrorScope()
{
  CPLPushErrorHandlerEx([](CPLErr errorClass, CPLErrorNum errorNumber, const char *message)
                        { handle(static_cast<int>(errorClass), static_cast<int>(errorNumber), message); },
                        this);
}

GdalErrorScope::~GdalErrorScope()
{
  CPLPopErrorHandler();
}

void GdalErrorScope::handle(int errorClass, int /*errorNumber*/, const char *message)
{
  auto *scope = static_cast<GdalErrorScope *>(CPLGetErrorHandlerUserData());
  if (!scope || errorClass < static_cast<int>(CE_Warning) || scope->mMessages.size() >= kMaxKept)
    return;
  scope->mMessages.append(QString::fromUtf8(message ? message : ""));
}

} // namespace lagesbild::importer
