namespace Seedance.Contracts.Analyzers { internal static class Placeholder { } }
