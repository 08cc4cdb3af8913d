package demo

// Invented name lists. Names are drawn independently of each other and of
// the child's recorded ethnicity: any likeness to a real person is chance.
var (
	boysNames = []string{
		"Oliver", "Harry", "Jack", "Noah", "Leo", "Charlie", "George",
		"Alfie", "Freddie", "Jacob", "Oscar", "Archie", "Tyler", "Kai",
		"Riley", "Mason", "Logan", "Ethan", "Jayden", "Callum", "Connor",
		"Liam", "Kian", "Reece", "Dylan", "Lewis", "Owen", "Rhys",
		"Mohammed", "Yusuf", "Ibrahim", "Ayaan", "Arjun", "Rohan", "Kwame",
		"Kofi", "Tobi", "Emeka", "Jamal", "Marcus", "Tyrese", "Mateusz",
		"Jakub", "Luca", "Mihai", "Ahmed", "Omar", "Hamza", "Daniel",
		"Samuel", "Joshua", "Aaron", "Ryan", "Bradley", "Jordan", "Kieran",
		"Finley", "Louie", "Stanley", "Teddy", "Zain", "Hassan", "Dawit",
	}

	girlsNames = []string{
		"Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Freya",
		"Grace", "Sophia", "Poppy", "Evie", "Ella", "Chloe", "Jessica",
		"Megan", "Leah", "Paige", "Courtney", "Shannon", "Kayleigh",
		"Jade", "Ellie", "Holly", "Niamh", "Aoife", "Siobhan", "Caitlin",
		"Aisha", "Fatima", "Maryam", "Zara", "Priya", "Anaya", "Amira",
		"Abena", "Ama", "Chiamaka", "Temi", "Precious", "Destiny", "Zuzanna",
		"Maja", "Alicja", "Elena", "Ioana", "Hana", "Layla", "Nadia",
		"Summer", "Skye", "Tia", "Jasmine", "Ruby", "Scarlett", "Willow",
		"Lacey", "Demi", "Keira", "Esme", "Imani", "Sara", "Mariam",
	}

	surnames = []string{
		"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
		"Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker",
		"White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
		"Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward",
		"Morris", "King", "Watson", "Harrison", "Morgan", "Baker", "Parker",
		"Murphy", "Kelly", "O'Brien", "Doyle", "McCarthy", "Byrne", "Walsh",
		"Khan", "Ahmed", "Hussain", "Ali", "Begum", "Patel", "Shah", "Singh",
		"Kaur", "Islam", "Rahman", "Miah", "Okafor", "Mensah", "Adeyemi",
		"Boateng", "Osei", "Campbell", "Francis", "Grant", "Nowak",
		"Kowalski", "Wisniewski", "Popescu", "Silva", "Hassan", "Mohamed",
		"Tesfaye", "Nguyen", "Chen", "Price", "Lloyd", "Barker", "Holmes",
		"Marsh", "Palmer", "Fletcher", "Chambers", "Lowe", "Hartley",
	}

	// socialWorkers are the invented social workers children are assigned
	// to.
	socialWorkers = []string{
		"Amanda Pryce", "Ben Okonkwo", "Catherine Lyle", "Deepa Varma",
		"Edward Hollis", "Fiona Kerrigan", "Gareth Dunmore", "Hannah Oyelaran",
		"Imran Qureshi", "Joanna Feltham", "Kerry Ashworth", "Lucy Brannagh",
		"Michael Tennant", "Nadia Kowalczyk", "Owen Prentice",
	}

	// towns are invented, unmistakably fictional places in Demoshire.
	towns = []string{
		"Demoford", "Sampleton", "Mockbury", "Testwick", "Fauxley",
		"Trialham", "Proxwell", "Dummerton", "Pretendale", "Sampleby",
	}

	streetNames = []string{
		"Station", "Church", "Mill", "Grange", "Park", "Victoria", "Orchard",
		"Meadow", "Chapel", "Bridge", "Manor", "Willow", "Beech", "Elm",
		"Queens", "Kingfisher", "Rowan", "Hawthorn", "Brook", "Windmill",
	}

	streetKinds = []string{"Road", "Lane", "Avenue", "Street", "Way", "Drive", "Close"}

	// saints name the church schools; Thérèse carries an accent so that
	// the GIAS file needs its Windows-1252 encoding.
	saints = []string{"Thérèse", "Anselm", "Hilda", "Aidan", "Bede", "Cuthbert", "Winifred", "Chad"}

	headTitles = []string{"Mr", "Mrs", "Ms", "Miss", "Dr"}

	headForenames = []string{
		"Zoë", "Siân", "Seán", "Rachel", "Andrew", "Priya", "Tom", "Helen",
		"Femi", "Gráinne", "Mark", "Sue", "Joe", "Ruth", "Neil", "Asha",
	}
)
