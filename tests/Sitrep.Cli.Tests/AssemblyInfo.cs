// CLI tests share process state (environment variables such as SITREP_GAZETTEER, the default
// gazetteer): run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
