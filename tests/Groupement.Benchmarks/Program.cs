Console.WriteLine("Groupement benchmarks: nothing measured yet.");
