using System.Runtime.CompilerServices;

// The code fixes recompute coverage with the same internal helpers the analyzer uses.
[assembly: InternalsVisibleTo("Seedance.Contracts.CodeFixes")]
[assembly: InternalsVisibleTo("Seedance.Contracts.Analyzers.Tests")]
