namespace Sitrep.Cli.Tests;

/// <summary>
/// Tests that change process state (the SITREP_GAZETTEER variable) run alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessStateCollection
{
    public const string Name = "process state";
}
