namespace CradleToCareer.LoadTool.Identity;

/// <summary>
/// 500 Spanish and English family names, most common first (the rank a <see cref="ZipfPicker"/> draws by).
/// Spanish names keep their accents; no two differ only by an accent.
/// </summary>
public static class Surnames
{
    public static readonly string[] All =
    [
        "García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Smith", "Pérez", "Sánchez", "Ramírez",
        "Johnson", "Torres", "Flores", "Williams", "Rivera", "Gómez", "Brown", "Díaz", "Cruz", "Reyes",
        "Jones", "Morales", "Gutiérrez", "Miller", "Ortiz", "Chávez", "Davis", "Ramos", "Ruiz", "Álvarez",
        "Wilson", "Mendoza", "Castillo", "Anderson", "Jiménez", "Vásquez", "Taylor", "Moreno", "Romero", "Herrera",
        "Thomas", "Medina", "Aguilar", "Moore", "Vargas", "Castro", "Jackson", "Guzmán", "Fernández", "Martin",
        "Lee", "Juárez", "Méndez", "Thompson", "Salazar", "Soto", "White", "Delgado", "Ortega", "Harris",
        "Contreras", "Guerrero", "Clark", "Estrada", "Núñez", "Lewis", "Ríos", "Maldonado", "Robinson", "Domínguez",
        "Walker", "Vega", "Sandoval", "Young", "Cortez", "Allen", "Luna", "Campos", "King", "Santiago",
        "Wright", "Cervantes", "Acosta", "Scott", "Molina", "Rojas", "Green", "Figueroa", "Pacheco", "Adams",
        "Baker", "Valdez", "Silva", "Nelson", "Ayala", "Cabrera", "Hill", "Navarro", "Ibarra", "Carter",
        "Mitchell", "Zamora", "Fuentes", "Roberts", "Cárdenas", "Serrano", "Turner", "Espinoza", "Padilla", "Phillips",
        "Campbell", "Velásquez", "Ochoa", "Parker", "Orozco", "Barrera", "Evans", "Ávila", "Rosales", "Edwards",
        "Collins", "Lara", "Mejía", "Stewart", "Trujillo", "Márquez", "Morris", "Solís", "Rosas", "Murphy",
        "Cook", "Carrillo", "Bautista", "Rogers", "Montoya", "Peña", "Morgan", "Velázquez", "Salinas", "Peterson",
        "Cooper", "Miranda", "Cisneros", "Reed", "Galván", "Robles", "Bailey", "Zúñiga", "Quintero", "Bell",
        "Howard", "Villanueva", "Duarte", "Ward", "Tapia", "Villa", "Cox", "Rubio", "Escobar", "Richardson",
        "Wood", "Arellano", "Bernal", "Watson", "Beltrán", "Montes", "Brooks", "Lozano", "Macías", "Bennett",
        "Gray", "Mora", "Sosa", "James", "Calderón", "Suárez", "Reyna", "Rivas", "Hughes", "Gallegos",
        "Price", "Arias", "Valencia", "Sanders", "Pineda", "Fuentes Ortiz", "Myers", "Vallejo", "Aguirre", "Long",
        "Ross", "Meza", "Esquivel", "Foster", "Cordero", "Renteria", "Powell", "Benítez", "Leal", "Jenkins",
        "Perry", "Rangel", "Valenzuela", "Russell", "Gallardo", "Osorio", "Sullivan", "Vera", "Carranza", "Butler",
        "Barnes", "Andrade", "Cano", "Fisher", "Zavala", "Meléndez", "Henderson", "Quiroz", "Ochoa Ruiz", "Coleman",
        "Simmons", "Olvera", "Cuevas", "Patterson", "Bravo", "Huerta", "Jordan", "Corona", "Mata", "Reynolds",
        "Hamilton", "Ponce", "Garza", "Graham", "Mercado", "Villarreal", "Wallace", "Lugo", "Solano", "Woods",
        "Cole", "Alvarado", "Sierra", "West", "Marín", "Ybarra", "Manríquez", "Prado", "Owens", "Guerra",
        "Bryant", "Becerra", "Muñoz", "Griffin", "Ocampo", "Cuellar", "Hayes", "Arroyo", "Valle", "Ford",
        "Marshall", "Ochoa Díaz", "Gil", "Gibson", "Paredes", "Nava", "Ellis", "Tovar", "Chacón", "Stevens",
        "Murray", "Hurtado", "Ventura", "Wells", "Lucero", "Godínez", "Kennedy", "Rincón", "Trejo", "Webb",
        "Tucker", "Alfaro", "Bonilla", "Porter", "Duran", "Carrasco", "Hunter", "Mendez Cruz", "Hicks", "Camacho",
        "Crawford", "Palacios", "Barajas", "Henry", "Ramos Soto", "Castañeda", "Boyd", "Galindo", "Santana", "Mason",
        "Morales Vega", "Cortés", "Dixon", "Ruelas", "Olivares", "Warren", "Pacheco Luna", "Esparza", "Knight", "Fierro",
        "Black", "Lemus", "Ferguson", "Villegas", "Mendoza Ríos", "Rose", "Uribe", "Quezada", "Stone", "Navarrete",
        "Hawkins", "Santos", "Dunn", "Peña Flores", "Zepeda", "Perkins", "Hudson", "Gamboa", "Spencer", "Aranda",
        "Gardner", "Cázares", "Stephens", "Ledesma", "Payne", "Pierce", "Salas", "Berry", "Matthews", "Arnold",
        "Wagner", "Ulloa", "Willis", "Ray", "Watkins", "Olson", "Montaño", "Carroll", "Duncan", "Snyder",
        "Hart", "Cunningham", "Bradley", "Lane", "Andrews", "Ruiz Castro", "Harper", "Fox", "Riley", "Armstrong",
        "Carpenter", "Weaver", "Greene", "Lawrence", "Elliott", "Chapman", "Sims", "Austin", "Franklin", "Lawson",
        "Fields", "Ryan", "Schmidt", "Carr", "Castellanos", "Vasquez Leon", "Ochoa Mendez", "Burke", "Hanson", "Day",
        "Ordóñez", "Téllez", "Ibáñez", "Valdés", "Román", "Guevara", "Portillo", "Magaña", "Toledo", "Saucedo",
        "Sepúlveda", "Tamayo", "Urbina", "Varela", "Zaragoza", "Lerma", "Loera", "Mireles", "Nieto", "Oropeza",
        "Pantoja", "Quiñones", "Rentería Gil", "Sauceda", "Tejeda", "Treviño", "Vela", "Villalobos", "Yáñez", "Zárate",
        "Abrego", "Alcántar", "Amador", "Anaya", "Arce", "Armenta", "Arreola", "Avalos", "Baca", "Barragán",
        "Bustos", "Caballero", "Calvillo", "Cantú", "Carmona", "Casillas", "Ceja", "Cervantes Rojas", "Chavarría", "Coronado",
        "Covarrubias", "Dávila", "De la Cruz", "De León", "Del Río", "Escamilla", "Espino", "Félix", "Franco", "Gaitán",
        "Gálvez", "Garibay", "Gastélum", "Granados", "Hinojosa", "Jaramillo", "Lares", "Limón", "Lomelí", "Madrigal",
        "Mares", "Medrano", "Michel", "Mojica", "Montalvo", "Montero", "Mota", "Muro", "Nájera", "Negrete",
        "Moss", "Newman", "Norris", "Obrien", "Palmer", "Parsons", "Peck", "Poole", "Quinn", "Ramsey",
        "Reeves", "Rhodes", "Rowe", "Sharp", "Sutton", "Todd", "Vaughn", "Walsh", "Warner", "Wheeler",
        "Whitney", "Yates", "Zimmerman", "Barker", "Blair", "Burton", "Chambers", "Douglas", "Fleming", "Hale",
        "Holland", "Hopkins", "Hoffman", "Keller", "Lambert", "Lynch", "Mann", "Mcdonald", "Nichols", "Owen",
    ];
}
