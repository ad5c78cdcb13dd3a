// ServerOptions: what the commands that speak to the shared PostgreSQL store (`server`, `push`,
// `pull`) take alike: the connection, which must be a PostgreSQL one, and --batch.
#pragma once

#include "cli/commandline.h"

#include <QString>

#include <optional>

namespace lagesbild::cli::ServerOptions
{

//! Adds --batch N: incidents per batch and transaction (default 50000).
void addBatch(CommandLine &commandLine);
//! Reads --batch into batch; an exit code (the usage error printed) when it is not a whole
//! number of at least 1.
std::optional<int> readBatch(const CommandLine &commandLine, int &batch);

//! An exit code (the usage error printed) when connection is not a PostgreSQL connection
//! (postgresql://… or service=NAME).
std::optional<int> checkConnection(const CommandLine &commandLine, const QString &connection);

} // namespace lagesbild::cli::ServerOptions
