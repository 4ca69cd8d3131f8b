namespace Seedance.Contracts.Generators { internal static class Placeholder { } }
