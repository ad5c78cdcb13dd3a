// ServerCli: runs build/bin/lagesbild-cli as a child process for the server tests (English
// messages), as a user or a scheduled job would, and keeps its exit code and output.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lagesbild::test
{

struct CliOutcome
{
    int exitCode = -1;
    QString output;
    QString error;
};

//! The CLI's path in the build tree.
QString cliPath();
//! Runs `lagesbild-cli ARGUMENTS...`; fails the test when it does not finish within timeoutMs.
CliOutcome runCli(const QStringList &arguments, int timeoutMs = 120000);

} // namespace lagesbild::test
