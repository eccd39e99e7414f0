// Word lists for person detection (catalogue §1.6). Data, not logic: extend freely; every entry
// is lower-case except in GIVEN_NAMES, which is matched case-insensitively.

export const ROLE_NOUNS = [
  'engineer', 'engineers', 'developer', 'developers', 'dev', 'devs', 'on-call', 'oncall', "on-call's", 'responder', 'responders',
  'sre', 'sres', 'dba', 'dbas', 'operator', 'operators', 'admin', 'admins', 'administrator', 'administrators', 'intern', 'interns',
  'hire', 'contractor', 'contractors', 'reviewer', 'reviewers', 'approver', 'approvers', 'manager', 'managers', 'lead', 'leads',
  'commander', 'ic', 'analyst', 'analysts', 'staff', 'employee', 'employees', 'person', 'people', 'human', 'humans',
  'author', 'committer', 'maintainer', 'maintainers', 'owner', 'owners', 'technician', 'tester', 'testers', 'architect', 'coordinator',
  // The parties to a hearing or an arbitration, which disciplinary reports name by their part
  // ("the Grievant failed to …"): WordNet's list leaves most of them out.
  'grievant', 'grievants', 'defendant', 'defendants', 'plaintiff', 'plaintiffs', 'complainant', 'complainants', 'appellant', 'appellants', 'petitioner', 'petitioners',
  // People at work in the incident reports of other fields (aviation, medicine, rail, plants) and
  // in teams. Words that also name software ("worker", "driver", "controller", "guard", "agent") stay out.
  'technicians', 'programmer', 'programmers', 'coder', 'coders', 'sysadmin', 'colleague', 'colleagues', 'co-worker', 'co-workers',
  'coworker', 'coworkers', 'teammate', 'teammates', 'boss', 'bosses', 'supervisor', 'supervisors', 'foreman', 'executive',
  'executives', 'director', 'directors', 'ceo', 'cto', 'cio', 'founder', 'founders', 'consultant', 'consultants', 'personnel',
  'newbie', 'junior', 'juniors', 'trainee', 'trainees', 'inspector', 'inspectors', 'pilot', 'pilots', 'copilot', 'co-pilot',
  'copilots', 'captain', 'captains', 'skipper', 'nurse', 'nurses', 'doctor', 'doctors', 'surgeon', 'surgeons', 'physician',
  'physicians', 'anaesthetist', 'anesthesiologist', 'pharmacist', 'clinician', 'clinicians', 'signaller', 'signallers', 'signalman',
  'mechanic', 'mechanics', 'electrician', 'electricians', 'welder', 'welders', 'diver', 'divers', 'dispatcher', 'dispatchers',
  'clerk', 'clerks', 'official', 'officials', 'officer', 'officers', 'employee', 'guy', 'guys', 'folks', 'expert', 'experts', 'novice',
  'novices', 'professional', 'professionals', 'specialist', 'specialists', 'orthopedist', 'anesthetist', 'helmsman', 'minion',
  'firefighters', 'firefighter', 'crewmen', 'crewman', 'crewmembers', 'crewmember',
];

/**
 * Abbreviations real reports use for people at work: general practitioner, registered nurse,
 * first officer, pilot flying, emergency medical technician, certified nursing assistant, licensed
 * practical nurse, healthcare assistant, air traffic control officer. Person-like only when
 * written in capitals ("GP", "RNs", "the FO's"): in lower case they are other words ("rn" is
 * "right now"). Left out: "PM" (afternoon, post-mortem), "ATC" (the service, not a person); "IC",
 * "SRE", "DBA", "CTO" are role nouns already.
 */
export const ROLE_ABBREVIATIONS = ['GP', 'RN', 'FO', 'PF', 'EMT', 'CNA', 'LPN', 'HCA', 'ATCO', 'CRNA'];

export const TEAM_NOUNS = ['team', 'teams', 'squad', 'crew', 'shift', 'group', 'ops', 'noc', 'sysadmins', 'department'];

export const PEOPLE_QUANTIFIERS = ['someone', 'somebody', 'anyone', 'anybody', 'nobody', 'everyone', 'everybody', 'no one', 'no-one'];

export const PERSON_PRONOUNS = ['i', 'we', 'you', 'he', 'she', 'they'];

export const FIRST_PERSON = ['i', 'we'];

/** Common given names across many cultures; the document's own Participants come first. */
export const GIVEN_NAMES = `
Aaron Abdul Abigail Adam Adebayo Adeola Aditi Aditya Adrian Ahmed Ahmet Aiden Aisha Akira Alan Albert Alejandro Aleksandr Alex Alexander Alexandra Alexei Alfie
Ali Alice Alicia Alina Alison Amanda Amara Amelia Amina Amir Amit Amy Ana Anan Anders Andrea Andrei Andrew Andy Angela Anil Anita Anja Ankit Ann Anna Anne Annika
Anthony Anton Antonio Anya Arjun Arman Arnav Arthur Arturo Asha Ashley Astrid Aurora Ava Axel Ayesha Aziz Barbara Beatriz Bella Ben Benjamin Bernard Beth Bianca
Bilal Björn Bob Boris Brandon Brian Bruno Caleb Camila Carl Carla Carlos Carmen Caroline Carter Catherine Cecilia Charles Charlie Charlotte Chen Chidi Chinedu
Chloe Chloé Chris Christian Christina Christine Christopher Chukwu Claire Clara Claudia Colin Connor Craig Cristina Dana Daniel Daniela Danielle Dario Darius
David Deborah Deepak Demetrius Dennis Derek Diana Diego Dimitri Dmitri Dmitry Dominic Donald Dylan Ebony Eduardo Elena Eli Elias Elif Elijah Elisa Elizabeth Ella
Ellen Ellie Emeka Emil Emily Emma Enrique Eric Erik Erin Esther Ethan Eva Evan Fabian Farah Fatima Felix Fernando Finn Fiona Florian Francesca Francesco Francis
Frank Freya Gabriel Gabriela Gareth George Georgia Gerald Gianluca Gina Giovanni Giulia Grace Greg Gregory Guillermo Gustavo Hamza Hana Hannah Hans Haruto Hassan
Heather Hector Helen Helena Henrik Henry Hiroshi Hugo Ian Ibrahim Igor Ines Ingrid Irene Isaac Isabel Isabella Ivan Jack Jacob Jacqueline Jake James Jamie Jan
Jane Janet Jason Javier Jay Jean Jeff Jennifer Jeremy Jessica Ji-woo Jia Jin Joan Joanna Joao João Joe Johan John Jonah Jonas Jonathan Jordan Jorge Jose José
Joseph Joshua Juan Julia Julian Julie Jun Justin Kai Kamal Karen Karim Karl Kate Katherine Kavya Kayode Keisha Kelly Kemal Ken Kenji Kevin Khalid Kim Kofi
Kumar Kwame Kyle Lars Laura Lauren Layla Leah Lee Lena Leo Leon Leonardo Liam Lily Lina Linda Lisa Liu Logan Lorenzo Louis Luca Lucas Lucia Lucy Luis Luka Lukas
Luke Mads Magnus Maja Malik Manuel Marco Marcus Margaret Maria María Mariam Marie Marina Mario Mark Marta Martin Mary Mateo Matt Matteo Matthew Max Maya Mehmet
Mei Melissa Mia Michael Michelle Miguel Mika Mikhail Milan Mina Ming Mohamed Mohammed Monica Nadia Naomi Nasser Natalia Natasha Nathan Neha Neil Nia Nicholas
Nick Nicolas Nikhil Nikita Nina Noah Noor Nora Oksana Olga Oliver Olivia Omar Oscar Owen Pablo Pam Paolo Patricia Patrick Paul Paula Pedro Peter Philip Pierre
Pooja Prakash Priya Priyanka Rachel Rafael Rahul Raj Rajesh Ramon Ravi Rebecca Reza Ricardo Richard Rita Robert Roberto Robin Rohan Roman Rosa Ruby Rui Ruth Ryan
Sadia Sakura Salma Sam Samantha Samir Samuel Sandra Sara Sarah Sasha Satoshi Scott Sean Sebastian Selin Sergei Sergio Seun Shreya Silvia Simon Sofia Sophia
Sophie Stefan Stephanie Stephen Steve Steven Sunil Susan Svetlana Taylor Thabo Thomas Tim Timothy Tobias Tom Tomas Tomás Tony Tyler Uma Valentina Vanessa
Vera Victor Victoria Vikram Vincent Viktor Wang Wei Wendy William Xavier Xin Yan Yara Yasmin Yuki Yusuf Yuri Zainab Zara Zoe Zoltan Zhang Hannah Hugo Laura
Kofi Beatriz Marcus Sofia Nadia Owen Ines Grace Rafael Mei Aisha Jonah Lukas Ahmed Wei Chen Bruno Nadia Ana
Jamal Tariq Kareem Rashid Yasir Zaid Layla Leila Nour Rania Samira Hiba Imran Faisal Kiran Ananya Arun Deepa Lakshmi Meera
Pradeep Rohit Sanjay Suresh Vijay Varun Ishaan Aarav Kenta Sora Yui Hina Takeshi Daisuke Minh Linh Thanh Huong 
 Jiho Minji Seojun Hyun Ying Fang Qiang Siobhan Niamh Aoife Ciaran
Declan Eoin Seamus Ronan Cormac Fergus Hamish Isla Mhairi Rhys Dafydd Cerys Gwen Bronwyn Alys Bjorn Sven Nils Ingrid Sigrid
Astrid Freja Jens Sören Jonas Matthias Jurgen Jürgen Klaus Dieter Wolfgang Uwe Heike Katrin Anke Jana Petra Tereza
Pavel Jiri Tomasz Piotr Krzysztof Agnieszka Katarzyna Magda Marek Janusz Giorgos Nikos Eleni Dimitris Yannis Kostas Maria Ioana Andrei Mihai
Bogdan Vlad Ileana Zeynep Emre Burak Deniz Ayse Fatma Murat Serkan Oguz Kwabena Akua Kojo Ngozi Chiamaka
Oluwaseun Tunde Femi Bola Amaka Obinna Wanjiru Wambui Otieno Njeri Kamau Tendai Tatenda Sipho Lerato Thandiwe Mateus Thiago Rodrigo
Felipe Gabriela Fernanda Juliana Leticia Camila Valeria Ximena Santiago Sebastián Alejandra Catalina Paola Andres Andrés Cesar César Raul Raúl
Brett Dustin Travis Wyatt Garrett Trevor Shane Cody Kurt Rhonda Tammy Brenda Tiffany Brittany Courtney
Kayla Kelsey Lindsey Jenna Erica Monique Keisha Latoya Tamika Darnell Tyrone Jermaine DeShawn Marquis André Terrence Reggie
Devon Darius Malcolm Xavier Kendra Imani Aaliyah Priyanka Sneha Swati Divya Nisha Pooja Anjali Rekha Shreya Harish Manoj Naveen
Ramesh Ganesh Mahesh Venkat Srinivas Gopal Krishna Vinod Ashok Ajay Sunita Kavita Tom Tim Bob
Jim Joe Dan Sam Ben Matt Nick Meg Liz Jen Becky Dave Mike Steve Tony Phil
 Ron Jon Josh Zach Zack Nate Luke Jake Abby Tess Tara Nadia Yusuf
`.split(/\s+/).filter(Boolean);

/** Functions of an organisation that act as teams when they are a subject ("Support escalated",
 * "Release engineering ignored …"); only person-like as the head of a subject, never as a modifier. */
export const DEPARTMENT_NOUNS = ['support', 'security', 'engineering', 'operations', 'infra', 'infrastructure', 'qa', 'it', 'legal', 'finance', 'sales', 'marketing', 'sre', 'devops', 'helpdesk', 'management', 'leadership'];

/** Nouns for systems and artefacts: a "they" whose antecedent is one of these is not a person. */
export const SYSTEM_NOUNS = [
 'service', 'job', 'process', 'check', 'alert', 'change', 'deploy', 'deployment', 'build', 'release', 'config', 'configuration', 'client',
 'library', 'server', 'node', 'pod', 'container', 'replica', 'database', 'queue', 'consumer', 'producer', 'worker', 'cluster', 'broker',
 'request', 'response', 'record', 'certificate', 'cert', 'key', 'token', 'script', 'pipeline', 'test', 'tests', 'dashboard', 'page',
 'message', 'event', 'metric', 'log', 'file', 'table', 'index', 'cache', 'resolver', 'proxy', 'gateway', 'balancer', 'host', 'instance',
 'disk', 'volume', 'bucket', 'app', 'application', 'system', 'tool', 'command', 'query', 'task', 'thread', 'connection', 'api', 'endpoint',
 'rule', 'policy', 'patch', 'commit', 'migration', 'backup', 'snapshot', 'feature', 'flag', 'module', 'component', 'device', 'phone',
];
